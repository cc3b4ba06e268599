package com.tierflow.classification;

import static com.tierflow.classification.ClassificationFixtures.every;
import static com.tierflow.classification.ClassificationFixtures.newBuyer;
import static com.tierflow.classification.ClassificationFixtures.orders;
import static com.tierflow.support.OrderCsv.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.tierflow.intake.ChannelService;
import com.tierflow.intake.ImportRecord;
import com.tierflow.intake.ImportService;
import com.tierflow.security.Roles;
import com.tierflow.support.OrderCsv;
import com.tierflow.support.OrderCsv.Buyer;
import com.tierflow.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Imports → approval → classification runs. Every test has its own customers; a run over everybody scores other
 * tests' customers too, so each test's customers are extremes (a whale tops every quintile, a minnow is at the bottom
 * of each) whose scores do not depend on who else is in the base.
 */
@com.tierflow.support.IntegrationTest
class ClassificationIT {

    private static final LocalDate AS_OF = LocalDate.of(2029, 6, 30);

    @Autowired ChannelService channels;
    @Autowired ImportService imports;
    @Autowired JdbcTemplate jdbc;
    @Autowired ClassificationService classification;
    @Autowired EngagementService engagement;
    @Autowired TestUsers users;

    private ClassificationFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ClassificationFixtures(channels, imports, jdbc, classification);
    }

    /** A whale who bought every 10 days until a month ago, a minnow who bought once for 0.01, six ordinary buyers. */
    private record Base(long whale, long minnow, ImportRecord imported) {
    }

    private Base importBase(String prefix) {
        OrderCsv file = new OrderCsv();
        Buyer whale = newBuyer(prefix + "鲸");
        orders(file, whale, prefix + "W", "99999.99", every(LocalDate.of(2029, 3, 1), 10, 10));
        // a second order on the last day: one more order, not one more purchase day
        orders(file, whale, prefix + "WS", "99999.99", List.of(LocalDate.of(2029, 5, 30)));
        Buyer minnow = newBuyer(prefix + "虾");
        file.order(prefix + "M-1", "2029-01-05 09:00:00", minnow, "0.00", "0.00", line("CHEAP", 1, "0.01", "0.00"));
        for (int i = 0; i < 6; i++) {
            orders(file, newBuyer(prefix + "客" + i), prefix + "N" + i, "120.00",
                    every(LocalDate.of(2029, 2, 1).plusDays(i * 7L), 30, 1 + i % 3));
        }
        ImportRecord imported = fixtures.importApproved(file);
        return new Base(fixtures.customerIdByPhone(whale.phone()), fixtures.customerIdByPhone(minnow.phone()), imported);
    }

    private ClassificationRun run(LocalDate asOf, boolean dryRun) {
        ClassificationRun requested = classification.requestRun(asOf, dryRun, "it-manager");
        return ClassificationFixtures.awaitFinished(classification, requested.id());
    }

    @Test
    void shouldClassifyTheWhaleHighWithACareTaskAndTheMinnowLowWithout() {
        Base base = importBase("a");

        ClassificationRun run = run(AS_OF, false);

        ClassificationProfile whale = classification.profile(base.whale()).orElseThrow();
        assertThat(whale.current().tier()).isEqualTo("HIGH");
        assertThat(whale.current().purchaseDays()).isEqualTo(10);
        assertThat(whale.current().orders()).isEqualTo(11);
        assertThat(whale.current().netValue()).isEqualByComparingTo(new BigDecimal("99999.99").multiply(BigDecimal.valueOf(11)));
        assertThat(whale.current().lastPurchase()).isEqualTo(LocalDate.of(2029, 5, 30));
        assertThat(whale.current().recencyDays()).isEqualTo(31);
        assertThat(whale.current().purchaseCycleDays()).isEqualTo(10.0);
        assertThat(whale.current().monetaryScore()).isEqualTo(5);
        assertThat(whale.current().stage()).isIn("AT_RISK", "CHURNED");
        assertThat(whale.current().action()).isEqualTo("CARE");
        assertThat(whale.tags()).contains("frequent", "big-basket");
        assertThat(whale.history()).extracting(ClassificationChange::attribute, ClassificationChange::fromValue,
                        ClassificationChange::toValue, ClassificationChange::runId)
                .containsExactlyInAnyOrder(tuple("TIER", null, "HIGH", run.id()),
                        tuple("SEGMENT", null, whale.current().segment(), run.id()),
                        tuple("STAGE", null, whale.current().stage(), run.id()));
        assertThat(whale.history()).allSatisfy(change -> {
            assertThat(change.asOf()).isEqualTo(AS_OF);
            assertThat(change.inputs()).contains("M=5").contains("purchaseDays=10");
        });
        assertThat(whale.openTasks()).singleElement().satisfies(task -> {
            assertThat(task.purpose()).isEqualTo("CARE");
            assertThat(task.reason()).isEqualTo(whale.current().actionReason());
            assertThat(task.runId()).isEqualTo(run.id());
        });

        ClassificationProfile minnow = classification.profile(base.minnow()).orElseThrow();
        assertThat(minnow.current().tier()).isEqualTo("LOW");
        assertThat(minnow.current().monetaryScore()).isEqualTo(1);
        assertThat(minnow.current().frequencyScore()).isEqualTo(1);
        assertThat(minnow.openTasks()).isEmpty();
        assertThat(classification.current(base.minnow())).hasValueSatisfying(c -> {
            assertThat(c.tier()).isEqualTo(CustomerTier.LOW);
            assertThat(c.asOf()).isEqualTo(AS_OF);
        });
    }

    @Test
    void shouldNotStartASecondTaskOrRepeatHistoryWhenTheSameRunIsRepeated() {
        Base base = importBase("b");
        run(AS_OF, false);
        List<ClassificationChange> history = classification.profile(base.whale()).orElseThrow().history();

        ClassificationRun again = run(AS_OF, false);

        ClassificationProfile whale = classification.profile(base.whale()).orElseThrow();
        assertThat(whale.history()).isEqualTo(history);
        assertThat(whale.openTasks()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from engagement_task where customer_id = ?", Long.class,
                base.whale())).isEqualTo(1);
        assertThat(again.tasksCreated()).isNotNull();
    }

    @Test
    void shouldShowWhatADryRunWouldChangeAndChangeNothing() {
        Base base = importBase("c");
        run(AS_OF, false);
        ClassificationProfile before = classification.profile(base.whale()).orElseThrow();
        long tasksBefore = jdbc.queryForObject("select count(*) from engagement_task", Long.class);
        List<Long> ours = jdbc.queryForList("select distinct customer_id from sales_order where import_id = ?", Long.class,
                base.imported().id());
        Map<Long, String> stagesBefore = new HashMap<>();
        ours.forEach(id -> classification.profile(id).ifPresent(p -> stagesBefore.put(id, p.current().stage())));

        // a year later without purchases this file's buyers have moved on (how far depends on the whole base's model)
        ClassificationRun dry = run(AS_OF.plusYears(1), true);

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.wouldChange()).isNotEmpty();
        // every change it lists starts from what is stored now
        assertThat(dry.wouldChange()).filteredOn(change -> "STAGE".equals(change.attribute())
                        && stagesBefore.containsKey(change.customerId()))
                .allSatisfy(change -> assertThat(change.fromValue()).isEqualTo(stagesBefore.get(change.customerId())));
        assertThat(classification.profile(base.whale()).orElseThrow()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from engagement_task", Long.class)).isEqualTo(tasksBefore);
        assertThat(jdbc.queryForObject("select count(*) from classification_history where run_id = ?", Long.class,
                dry.id())).isZero();
    }

    @Test
    void shouldIgnoreOrdersAfterTheAsOfDate() {
        Base base = importBase("d");

        run(LocalDate.of(2029, 4, 15), false);

        ClassifiedCustomer whale = classification.profile(base.whale()).orElseThrow().current();
        assertThat(whale.asOf()).isEqualTo(LocalDate.of(2029, 4, 15));
        // Mar 1, 11, 21, 31, Apr 10
        assertThat(whale.purchaseDays()).isEqualTo(5);
        assertThat(whale.lastPurchase()).isEqualTo(LocalDate.of(2029, 4, 10));
        assertThat(whale.recencyDays()).isEqualTo(5);
    }

    @Test
    void shouldLowerNetValueByRefundsOfReturnedOrders() {
        OrderCsv file = new OrderCsv();
        Buyer buyer = newBuyer("退");
        // a run after an import looks from today: the orders are in the past
        orders(file, buyer, "R", "300.00", every(LocalDate.of(2025, 5, 1), 5, 3));
        ImportRecord imported = fixtures.importApproved(file);
        long customer = fixtures.customerIdByPhone(buyer.phone());
        String returned = file.orders().get(2).orderNo();
        fixtures.refund(customer, returned, new BigDecimal("300.00"));

        ClassificationRun run = ClassificationFixtures.awaitFinished(classification,
                runRequests.requestImportRun(imported.id()).id);

        assertThat(run.scope()).isEqualTo("IMPORT");
        assertThat(run.customers()).isEqualTo(1);
        ClassifiedCustomer current = classification.profile(customer).orElseThrow().current();
        assertThat(current.netValue()).isEqualByComparingTo("600.00");
        // the returned order still counts as a purchase day
        assertThat(current.purchaseDays()).isEqualTo(3);
    }

    @Autowired com.tierflow.classification.internal.RunRequests runRequests;

    @Test
    void shouldStartARunForTheCustomersOfEachImport() {
        OrderCsv file = new OrderCsv();
        orders(file, newBuyer("导"), "I", "50.00", List.of(LocalDate.of(2029, 1, 2)));

        // the fixture waits for the run the import started; the orders were not approved yet, so it scored nobody
        ImportRecord imported = fixtures.importApproved(file);

        ClassificationRun run = fixtures.importRun(imported.id());
        assertThat(run.trigger()).isEqualTo("IMPORT");
        assertThat(run.scope()).isEqualTo("IMPORT");
        assertThat(run.customers()).isZero();
    }

    @Test
    void shouldServeProfileAndModelOverRestAndLetOnlyManagersStartRuns() {
        Base base = importBase("e");
        run(AS_OF, false);

        Map<?, ?> profile = users.api(Roles.CLERK).get().uri("/api/classification/customers/{id}", base.whale())
                .retrieve().body(Map.class);
        assertThat(((Map<?, ?>) profile.get("current")).get("tier")).isEqualTo("HIGH");
        assertThat((List<?>) profile.get("history")).hasSize(3);
        assertThat((List<?>) profile.get("openTasks")).hasSize(1);
        assertThat(users.api(Roles.MARKETING).get().uri("/api/classification/model").retrieve().body(Map.class))
                .containsKeys("asOf", "recencyCutsDays", "customers");

        assertThatThrownBy(() -> users.api(Roles.CLERK).post().uri("/api/classification/runs")
                .body(Map.of("dryRun", true)).retrieve().toBodilessEntity())
                .isInstanceOf(HttpClientErrorException.Forbidden.class);
        ClassificationRun requested = users.api(Roles.MANAGER).post().uri("/api/classification/runs")
                .body(Map.of("asOf", "2029-06-30", "dryRun", true)).retrieve().body(ClassificationRun.class);
        assertThat(requested.dryRun()).isTrue();
        assertThat(requested.requestedBy()).isEqualTo(users.userOf(Roles.MANAGER));
        ClassificationFixtures.awaitFinished(classification, requested.id());
        assertThat(users.api(Roles.MANAGER).get().uri("/api/classification/runs/{id}", requested.id()).retrieve()
                .body(ClassificationRun.class).wouldChange()).extracting(ClassificationRun.Change::customerId)
                .doesNotContain(base.whale());
        HttpStatusCode missing = users.api(Roles.CLERK).get().uri("/api/classification/customers/{id}", Long.MAX_VALUE)
                .exchange((request, response) -> response.getStatusCode());
        assertThat(missing).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
