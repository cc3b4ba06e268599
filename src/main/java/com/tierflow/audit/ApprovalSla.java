package com.tierflow.audit;

import java.time.Duration;

/**
 * How long a clerk has for a review before it goes to the managers, and when the reviewer is reminded. Administrators
 * change it at run time; a change applies to reviews that start afterwards.
 */
public interface ApprovalSla {

    SlaSettings current();

    /**
     * @throws com.tierflow.shared.RejectedRequestException the SLA is under 5 minutes or over 30 days, or the reminder
     *                                                      is not before the due time
     */
    SlaSettings change(Duration reviewSla, Duration reminderBefore, String actor);
}
