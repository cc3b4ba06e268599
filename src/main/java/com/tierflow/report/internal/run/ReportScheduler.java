package com.tierflow.report.internal.run;

import com.tierflow.report.ReportParameters;
import com.tierflow.report.SchedulePeriod;
import com.tierflow.report.internal.ReportJson;
import com.tierflow.report.internal.persistence.ReportMapper;
import com.tierflow.report.internal.persistence.ReportRow;
import com.tierflow.report.internal.persistence.ScheduleRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues scheduled reports. Every node checks the schedules; a due time is claimed by inserting (schedule, due time)
 * under its primary key in the same transaction that queues the report, so across a cluster each due time yields
 * exactly one report, and a node that dies in between leaves nothing behind.
 */
@Component
public class ReportScheduler {

    private static final Logger log = LoggerFactory.getLogger(ReportScheduler.class);

    private final ReportMapper reports;
    private final ReportJson json;
    private final ReportLauncher launcher;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReportScheduler(ReportMapper reports, ReportJson json, ReportLauncher launcher, TransactionTemplate transaction,
            Clock clock) {
        this.reports = reports;
        this.json = json;
        this.launcher = launcher;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Queues the reports that are due now; returns their ids (those this node won). */
    @Scheduled(initialDelayString = "${tierflow.report.schedule-check-interval}", fixedDelayString = "${tierflow.report.schedule-check-interval}")
    public List<Long> queueDue() {
        Instant now = Instant.now(clock);
        List<Long> queued = new ArrayList<>();
        for (ScheduleRow schedule : reports.findSchedules(true)) {
            ZoneId zone = ZoneId.of(schedule.timeZone);
            Instant after = schedule.lastDueAt != null ? schedule.lastDueAt : schedule.createdAt;
            Optional<Instant> due = DueTimes.latestDue(schedule.cron, zone, after, now);
            if (due.isEmpty()) {
                continue;
            }
            Long reportId = transaction.execute(status -> queue(schedule, due.get(), zone, now));
            if (reportId != null) {
                log.info("Schedule '{}' due at {}: report {} queued", schedule.name, due.get(), reportId);
                queued.add(reportId);
                launcher.launch(reportId);
            }
        }
        return queued;
    }

    private Long queue(ScheduleRow schedule, Instant due, ZoneId zone, Instant now) {
        reports.recordDue(schedule.id, due);
        if (reports.claimDue(schedule.id, due) != 1) {
            return null;
        }
        LocalDate[] window = SchedulePeriod.valueOf(schedule.period).window(LocalDate.ofInstant(due, zone));
        ReportParameters parameters = json.read(schedule.parameters).withWindow(window[0], window[1]);
        ReportRow row = new ReportRow();
        row.kind = schedule.kind;
        row.parameters = json.write(parameters);
        row.language = schedule.language;
        row.status = "QUEUED";
        row.requestedBy = "schedule:" + schedule.name;
        row.contactsVisible = false;
        row.scheduleId = schedule.id;
        row.createdAt = now;
        reports.insert(row);
        reports.attachReport(schedule.id, due, row.id);
        return row.id;
    }
}
