package com.tierflow.classification;

import static com.tierflow.classification.ClassificationFixtures.every;
import static com.tierflow.classification.ClassificationFixtures.newBuyer;
import static com.tierflow.classification.ClassificationFixtures.orders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierflow.classification.internal.RunRequests;
import com.tierflow.classification.internal.process.ClassificationProcess;
import com.tierflow.classification.internal.process.EngagementProcess;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.ImportService;
import com.tierflow.security.Roles;
import com.tierflow.shared.PageResult;
import com.tierflow.support.Await;
import com.tierflow.support.OrderCsv;
import com.tierflow.support.OrderCsv.Buyer;
import com.tierflow.support.TestUsers;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.HttpClientErrorException;

/** Care tasks from a run to their outcome and effect, cool-down, and the nightly timer with a moved engine clock. */
@com.tierflow.support.IntegrationTest
class EngagementIT {

    private static final LocalDate AS_OF = LocalDate.of(2029, 6, 30);
    private static final ParameterizedTypeReference<PageResult<EngagementService.EngagementTaskView>> TASKS =
            new ParameterizedTypeReference<>() {
            };

    @Autowired ChannelService channels;
    @Autowired ImportService imports;
    @Autowired JdbcTemplate jdbc;
    @Autowired ClassificationService classification;
    @Autowired EngagementService engagement;
    @Autowired ManagementService management;
    @Autowired TestUsers users;
    @Autowired RunRequests runRequests;

    private ClassificationFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ClassificationFixtures(channels, imports, jdbc, classification);
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldTakeACareTaskFromListToOutcomeAndRecordThatTheCustomerBoughtAgain() {
        Buyer whaleBuyer = newBuyer("鲸鱼");
        OrderCsv file = new OrderCsv();
        orders(file, whaleBuyer, "EW", "88888.88", every(LocalDate.of(2029, 3, 1), 10, 10));
        // a second customer like the first, so that the care list has more than one page of one
        orders(file, newBuyer("鲸鱼二"), "EV", "88888.88", every(LocalDate.of(2029, 3, 1), 10, 10));
        for (int i = 0; i < 5; i++) {
            orders(file, newBuyer("普通" + i), "EN" + i, "99.00", List.of(LocalDate.of(2029, 4, 1).plusDays(i)));
        }
        fixtures.importApproved(file);
        long whale = fixtures.customerIdByPhone(whaleBuyer.phone());
        ClassificationFixtures.awaitFinished(classification, classification.requestRun(AS_OF, false, "it").id());

        EngagementService.EngagementTaskView view = careTaskOf(whale);
        assertThat(view.customerName()).isEqualTo("鲸鱼");
        assertThat(view.classification().tier()).isEqualTo("HIGH");
        assertThat(view.task().reason()).isNotBlank();
        assertThat(view.task().dueAt()).isAfter(view.task().createdAt());
        assertThatThrownBy(() -> users.api(Roles.MARKETING).get().uri("/api/engagement/tasks?purpose=CARE").retrieve()
                .toBodilessEntity()).isInstanceOf(HttpClientErrorException.Forbidden.class);
        assertThat(users.api(Roles.MARKETING).get().uri("/api/engagement/tasks?size=500").retrieve().body(TASKS).items())
                .noneMatch(t -> t.task().purpose().equals("CARE"));
        // a page at a time, soonest due first: one-task pages walk the same list without a gap or a repeat
        PageResult<EngagementService.EngagementTaskView> first = users.api(Roles.CUSTOMER_SERVICE).get()
                .uri("/api/engagement/tasks?purpose=CARE&size=1").retrieve().body(TASKS);
        PageResult<EngagementService.EngagementTaskView> second = users.api(Roles.CUSTOMER_SERVICE).get()
                .uri("/api/engagement/tasks?purpose=CARE&size=1&page=1").retrieve().body(TASKS);
        PageResult<EngagementService.EngagementTaskView> care = users.api(Roles.CUSTOMER_SERVICE).get()
                .uri("/api/engagement/tasks?purpose=CARE&size=500").retrieve().body(TASKS);
        assertThat(first.total()).isEqualTo(second.total()).isEqualTo(care.total()).isGreaterThanOrEqualTo(2);
        assertThat(first.items()).singleElement().extracting(t -> t.task().id()).isEqualTo(care.items().get(0).task().id());
        assertThat(second.items()).singleElement().extracting(t -> t.task().id()).isEqualTo(care.items().get(1).task().id());
        long taskId = view.task().id();

        EngagementTask closed = users.api(Roles.CUSTOMER_SERVICE).post().uri("/api/engagement/tasks/{id}/outcome", taskId)
                .body(Map.of("outcome", "contacted", "note", "Called, offered a voucher")).retrieve().body(EngagementTask.class);

        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.outcome()).isEqualTo("CONTACTED");
        assertThat(closed.note()).isEqualTo("Called, offered a voucher");
        assertThat(closed.closedBy()).isEqualTo(users.userOf(Roles.CUSTOMER_SERVICE));
        assertThatThrownBy(() -> users.api(Roles.CUSTOMER_SERVICE).post().uri("/api/engagement/tasks/{id}/outcome", taskId)
                .body(Map.of("outcome", "DECLINED")).retrieve().toBodilessEntity())
                .isInstanceOf(HttpClientErrorException.Conflict.class);

        // within the cool-down a new run does not ask again
        ClassificationFixtures.awaitFinished(classification, classification.requestRun(AS_OF, false, "it").id());
        assertThat(jdbc.queryForObject("select count(*) from engagement_task where customer_id = ?", Long.class, whale))
                .isEqualTo(1);

        // the customer buys again tomorrow; the effect window ends 30 days after the task closed
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).atTime(10, 0)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        OrderCsv again = new OrderCsv().order("EW-again", tomorrow, whaleBuyer, "0.00", "0.00",
                OrderCsv.line("SKU-EW", 1, "88888.88", "0.00"));
        fixtures.importApproved(again);
        Job window = management.createJobQuery().timers()
                .activityId(EngagementProcess.EFFECT_WINDOW_ELAPSED).processInstanceId(jdbc.queryForObject("select process_instance_id from engagement_task where id = ?",
                        String.class, taskId)).singleResult();
        ClockUtil.setCurrentTime(new Date(window.getDuedate().getTime() + 60_000));
        execute(window);

        EngagementTask checked = engagement.find(taskId);
        assertThat(checked.boughtAgain()).isTrue();
        assertThat(engagement.effectiveness()).anySatisfy(row -> {
            assertThat(row.purpose()).isEqualTo("CARE");
            assertThat(row.outcome()).isEqualTo("CONTACTED");
            assertThat(row.boughtAgain()).isPositive();
        });
    }

    @Test
    void shouldRunTheNightlyClassificationWhenTheEngineClockPassesTheTimer() {
        Job timer = management.createJobQuery().timers().activityId(ClassificationProcess.NIGHTLY_RUN).singleResult();
        assertThat(timer).isNotNull();
        Long runsBefore = jdbc.queryForObject("select count(*) from classification_run where run_trigger = 'TIMER'", Long.class);

        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
        execute(timer);

        List<Long> runs = Await.until(() -> jdbc.queryForList(
                "select id from classification_run where run_trigger = 'TIMER' order by id", Long.class),
                // runs take turns: the timer's run may queue behind the runs of earlier tests' imports
                ids -> ids.size() > runsBefore, Duration.ofMinutes(3));
        ClassificationRun run = ClassificationFixtures.awaitFinished(classification, runs.get(runs.size() - 1));
        assertThat(run.scope()).isEqualTo("ALL");
        assertThat(run.dryRun()).isFalse();
        Job next = management.createJobQuery().timers().activityId(ClassificationProcess.NIGHTLY_RUN).singleResult();
        assertThat(next.getDuedate()).isAfter(timer.getDuedate());

        // a retried job (its variables rolled back by a failure or a crash) finds the run its first attempt recorded
        String instance = jdbc.queryForObject("select process_instance_id from classification_run where id = ?",
                String.class, run.id());
        assertThat(instance).isNotNull();
        assertThat(runRequests.requestTimerRun(instance).id).isEqualTo(run.id());
        assertThat(jdbc.queryForObject("select count(*) from classification_run where process_instance_id = ?", Long.class,
                instance)).isEqualTo(1);
    }

    /** The job executor may pick the due job at the same moment; either way it runs once. */
    /** Earlier tests leave open care tasks, and this one's are due last: the pages are walked until it shows. */
    private EngagementService.EngagementTaskView careTaskOf(long customerId) {
        for (int page = 0; ; page++) {
            PageResult<EngagementService.EngagementTaskView> tasks = users.api(Roles.CUSTOMER_SERVICE).get()
                    .uri("/api/engagement/tasks?purpose=CARE&size=500&page={page}", page).retrieve().body(TASKS);
            var mine = tasks.items().stream().filter(t -> t.task().customerId() == customerId).findFirst();
            if (mine.isPresent()) {
                return mine.get();
            }
            assertThat((long) (page + 1) * tasks.size()).as("a care task of customer %d", customerId)
                    .isLessThan(tasks.total());
        }
    }

    private void execute(Job job) {
        try {
            management.executeJob(job.getId());
        } catch (OptimisticLockingException | org.camunda.bpm.engine.exception.NullValueException e) {
            Await.until(() -> management.createJobQuery().jobId(job.getId()).count(), count -> count == 0,
                    Duration.ofSeconds(30));
        }
    }
}
