package com.tierflow.report.internal;

import com.tierflow.classification.CustomerTier;
import com.tierflow.report.ReportForbiddenException;
import com.tierflow.report.ReportKindInfo;
import com.tierflow.report.ReportParameters;
import com.tierflow.report.ReportRecord;
import com.tierflow.report.ReportRequest;
import com.tierflow.report.ReportSchedule;
import com.tierflow.report.ReportService;
import com.tierflow.report.ReportStatus;
import com.tierflow.report.Requester;
import com.tierflow.report.ScheduleDraft;
import com.tierflow.report.SchedulePeriod;
import com.tierflow.report.internal.persistence.ReportMapper;
import com.tierflow.report.internal.persistence.ReportRow;
import com.tierflow.report.internal.persistence.ScheduleRow;
import com.tierflow.report.internal.run.ReportArchive;
import com.tierflow.report.internal.run.ReportLauncher;
import com.tierflow.report.internal.workbook.Labels;
import com.tierflow.shared.ConflictException;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.RejectedRequestException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

@Service
class ReportDesk implements ReportService {

    /** A longer window is a data export, not a report a person reads. */
    private static final long MAX_WINDOW_DAYS = 3 * 366;

    private final ReportCatalogue catalogue;
    private final ReportMapper reports;
    private final ReportJson json;
    private final ReportLauncher launcher;
    private final ReportArchive archive;
    private final Clock clock;
    private final ZoneId zone;

    ReportDesk(ReportCatalogue catalogue, ReportMapper reports, ReportJson json, ReportLauncher launcher,
            ReportArchive archive, Clock clock, @Value("${tierflow.report.zone}") ZoneId zone) {
        this.catalogue = catalogue;
        this.reports = reports;
        this.json = json;
        this.launcher = launcher;
        this.archive = archive;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public List<ReportKindInfo> catalogue() {
        return catalogue.list();
    }

    @Override
    public ReportRecord request(ReportRequest request, Requester requester) {
        ReportDefinition definition = catalogue.get(request.kind());
        String language = language(request.language());
        validate(definition, request.parameters(), true);
        ReportRow row = new ReportRow();
        row.kind = definition.kind();
        row.parameters = json.write(request.parameters());
        row.language = language;
        row.status = ReportStatus.QUEUED.name();
        row.requestedBy = requester.userId();
        row.contactsVisible = requester.contactsVisible();
        row.createdAt = Instant.now(clock);
        reports.insert(row);
        launcher.launch(row.id);
        return get(row.id);
    }

    @Override
    public ReportRecord get(long reportId) {
        return reports.findById(reportId).map(this::toRecord)
                .orElseThrow(() -> new NotFoundException("There is no report " + reportId + "."));
    }

    @Override
    public List<ReportRecord> list(String kindOrNull, int limit) {
        return reports.findRecent(kindOrNull, Math.max(1, Math.min(limit, 500))).stream().map(this::toRecord).toList();
    }

    @Override
    public Path file(long reportId, Requester requester) {
        ReportRow row = reports.findById(reportId)
                .orElseThrow(() -> new NotFoundException("There is no report " + reportId + "."));
        if (!ReportStatus.COMPLETED.name().equals(row.status)) {
            throw new ConflictException("Report " + reportId + " is " + row.status
                    + "; its file can be downloaded once it has completed.");
        }
        if (row.contactsVisible && !requester.contactsVisible()) {
            throw new ReportForbiddenException("Report " + reportId
                    + " shows phone numbers and e-mails in full; request your own report, which masks them.");
        }
        Path file = archive.resolve(row.filePath);
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("The file of report " + reportId + " is no longer in the archive.");
        }
        return file;
    }

    @Override
    public ReportSchedule createSchedule(ScheduleDraft draft, String createdBy) {
        ReportDefinition definition = catalogue.get(draft.kind());
        if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 200) {
            throw new RejectedRequestException("A schedule needs a name of at most 200 characters.");
        }
        if (draft.period() == null) {
            throw new RejectedRequestException("A schedule needs a period: " + List.of(SchedulePeriod.values()) + ".");
        }
        if (draft.cron() == null || !CronExpression.isValidExpression(draft.cron())) {
            throw new RejectedRequestException("'" + draft.cron() + "' is not a cron expression with six fields "
                    + "(second minute hour day month weekday), e.g. '0 0 6 * * *' for 06:00 every day.");
        }
        ReportParameters parameters = draft.parameters() == null ? ReportParameters.window(null, null) : draft.parameters();
        validate(definition, parameters, false);
        ScheduleRow row = new ScheduleRow();
        row.name = draft.name().strip();
        row.kind = definition.kind();
        row.parameters = json.write(parameters.withWindow(null, null));
        row.period = draft.period().name();
        row.cron = draft.cron();
        row.timeZone = timeZone(draft.timeZone());
        row.language = language(draft.language());
        row.enabled = true;
        row.createdBy = createdBy;
        row.createdAt = Instant.now(clock);
        try {
            reports.insertSchedule(row);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A schedule named '" + row.name + "' exists already.");
        }
        return toSchedule(reports.findSchedule(row.id).orElseThrow());
    }

    @Override
    public List<ReportSchedule> schedules() {
        return reports.findSchedules(false).stream().map(this::toSchedule).toList();
    }

    @Override
    public ReportSchedule setScheduleEnabled(long scheduleId, boolean enabled) {
        if (reports.setScheduleEnabled(scheduleId, enabled) == 0) {
            throw new NotFoundException("There is no report schedule " + scheduleId + ".");
        }
        return toSchedule(reports.findSchedule(scheduleId).orElseThrow());
    }

    private void validate(ReportDefinition definition, ReportParameters parameters, boolean needsWindow) {
        if (parameters == null) {
            throw new RejectedRequestException("A report needs parameters with at least 'from' and 'to' (dates).");
        }
        if (needsWindow) {
            if (parameters.from() == null || parameters.to() == null) {
                throw new RejectedRequestException("A report needs 'from' and 'to' (dates, both inclusive).");
            }
            if (parameters.to().isBefore(parameters.from())) {
                throw new RejectedRequestException("'to' (" + parameters.to() + ") is before 'from' (" + parameters.from() + ").");
            }
            if (ChronoUnit.DAYS.between(parameters.from(), parameters.to()) >= MAX_WINDOW_DAYS) {
                throw new RejectedRequestException("A report covers at most three years; split the window.");
            }
        }
        Set<ReportParameter> accepted = definition.parameters();
        refuse(!parameters.channels().isEmpty() && !accepted.contains(ReportParameter.CHANNELS), "channels", definition);
        refuse(!parameters.provinces().isEmpty() && !accepted.contains(ReportParameter.PROVINCES), "provinces", definition);
        refuse(!parameters.tiers().isEmpty() && !accepted.contains(ReportParameter.TIERS), "tiers", definition);
        for (String tier : parameters.tiers()) {
            if (Arrays.stream(CustomerTier.values()).noneMatch(t -> t.name().equals(tier))) {
                throw new RejectedRequestException("'" + tier + "' is not a customer tier; tiers are "
                        + Arrays.toString(CustomerTier.values()) + ".");
            }
        }
        boolean migrationDates = parameters.migrationFrom() != null || parameters.migrationTo() != null;
        refuse(migrationDates && !accepted.contains(ReportParameter.MIGRATION_DATES), "migrationFrom/migrationTo",
                definition);
        if (migrationDates && parameters.from() != null && parameters.to() != null
                && parameters.migrationEnd().isBefore(parameters.migrationStart())) {
            throw new RejectedRequestException("'migrationTo' (" + parameters.migrationEnd() + ") is before 'migrationFrom' ("
                    + parameters.migrationStart() + ").");
        }
        if (parameters.churnDays() < 1 || parameters.churnDays() > 3660) {
            throw new RejectedRequestException("'churnDays' must be between 1 and 3660.");
        }
    }

    private static void refuse(boolean refused, String parameter, ReportDefinition definition) {
        if (refused) {
            throw new RejectedRequestException("The report '" + definition.kind() + "' cannot be filtered by '"
                    + parameter + "'.");
        }
    }

    private static String language(String language) {
        String chosen = language == null ? "zh" : language;
        if (!Labels.isSupported(chosen)) {
            throw new RejectedRequestException("Reports are written in 'zh' or 'en', not '" + language + "'.");
        }
        return chosen;
    }

    private String timeZone(String timeZone) {
        if (timeZone == null) {
            return zone.getId();
        }
        try {
            return ZoneId.of(timeZone).getId();
        } catch (DateTimeException e) {
            throw new RejectedRequestException("'" + timeZone + "' is not a time zone, e.g. 'Asia/Shanghai'.");
        }
    }

    private ReportRecord toRecord(ReportRow row) {
        return new ReportRecord(row.id, row.kind, json.read(row.parameters), row.language,
                ReportStatus.valueOf(row.status), row.progress, row.message, row.requestedBy, row.contactsVisible,
                row.scheduleId, row.fileName, row.sizeBytes, row.rowCount, row.attempts, row.createdAt, row.startedAt,
                row.finishedAt);
    }

    private ReportSchedule toSchedule(ScheduleRow row) {
        return new ReportSchedule(row.id, row.name, row.kind, json.read(row.parameters),
                SchedulePeriod.valueOf(row.period), row.cron, row.timeZone, row.language, row.enabled, row.createdBy,
                row.createdAt, row.lastDueAt);
    }
}
