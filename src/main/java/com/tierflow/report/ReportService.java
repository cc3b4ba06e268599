package com.tierflow.report;

import java.nio.file.Path;
import java.util.List;

/** Requests reports, reports on their progress and hands out the finished files of the archive. */
public interface ReportService {

    List<ReportKindInfo> catalogue();

    /** Validates and queues the report; returns at once. */
    ReportRecord request(ReportRequest request, Requester requester);

    ReportRecord get(long reportId);

    /** Newest first. */
    List<ReportRecord> list(String kindOrNull, int limit);

    /**
     * The finished file. A report holding contacts in full is given only to a requester who may see them;
     * a report that has not completed is a conflict.
     */
    Path file(long reportId, Requester requester);

    ReportSchedule createSchedule(ScheduleDraft draft, String createdBy);

    List<ReportSchedule> schedules();

    ReportSchedule setScheduleEnabled(long scheduleId, boolean enabled);
}
