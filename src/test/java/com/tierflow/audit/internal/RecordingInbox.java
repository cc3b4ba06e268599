package com.tierflow.audit.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The inbox in memory: open task id → candidate group. */
class RecordingInbox implements ApprovalInbox {

    final Map<String, String> open = new HashMap<>();

    @Override
    public void opened(String taskId, long orderId, String processInstanceId, String taskKey, String taskName,
            String candidateGroup, Instant createdAt, Instant dueAt, String auditOutcome, String auditReasons) {
        open.put(taskId, candidateGroup);
    }

    @Override
    public void assigned(String taskId, String assignee) {
    }

    @Override
    public void closed(String taskId) {
        open.remove(taskId);
    }
}
