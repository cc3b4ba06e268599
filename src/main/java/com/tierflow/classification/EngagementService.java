package com.tierflow.classification;

import com.tierflow.shared.PageRequest;
import com.tierflow.shared.PageResult;
import java.util.List;
import java.util.Set;

/** Care and promotion tasks: lists for customer-service and marketing, outcomes, and whether they worked. */
public interface EngagementService {

    String CARE = "CARE";
    String PROMOTE = "PROMOTE";

    /** A page of the open tasks of these purposes (CARE, PROMOTE), soonest due first, with the customer inline. */
    PageResult<EngagementTaskView> openTasks(Set<String> purposes, PageRequest page);

    /**
     * Records the outcome (CONTACTED, UNREACHABLE, OFFER_SENT, DECLINED) and closes the task.
     *
     * @throws com.tierflow.shared.NotFoundException no such task
     * @throws com.tierflow.shared.ConflictException the task is closed already, or claimed by someone else
     */
    EngagementTask complete(long taskId, String outcome, String note, String user);

    EngagementTask find(long taskId);

    /**
     * Takes an open task so colleagues see who is on it; claiming one's own task again changes nothing.
     *
     * @throws com.tierflow.shared.ConflictException the task is closed, or someone else claimed it
     */
    EngagementTask claim(long taskId, String user);

    /**
     * Hands a claimed task back to its team, so that a task whose claimant is away does not wait for them.
     *
     * @param anyClaimant true for managers and administrators, who may release a task a colleague claimed
     * @throws com.tierflow.shared.ConflictException the task is closed or not claimed, or someone else claimed it and
     *                                               {@code anyClaimant} is false
     */
    EngagementTask release(long taskId, String user, boolean anyClaimant);

    /** Closed tasks per purpose and outcome, and how many customers bought again within the window. */
    List<Effectiveness> effectiveness();

    /** @param assignee who claimed the task; null while anyone of the team may take it */
    record EngagementTaskView(EngagementTask task, String customerName, String customerPhone,
                              ClassifiedCustomer classification, String assignee) {
    }

    record Effectiveness(String purpose, String outcome, long closed, long checked, long boughtAgain, Double rate) {
    }
}
