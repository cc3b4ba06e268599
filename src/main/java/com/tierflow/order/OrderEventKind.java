package com.tierflow.order;

/** What an entry of an order's history records; {@link #STATUS_CHANGED} is the only kind that moves the status. */
public enum OrderEventKind {
    STATUS_CHANGED,
    /** The automatic audit's outcome with its reasons, for orders it did not move itself. */
    AUDITED,
    TASK_CREATED,
    TASK_CLAIMED,
    TASK_UNCLAIMED,
    REMINDER_SENT,
    ESCALATED,
    NOTE,
    /** Part of the goods came back; the order keeps its status (a full return moves it to RETURNED). */
    PARTIAL_RETURN
}
