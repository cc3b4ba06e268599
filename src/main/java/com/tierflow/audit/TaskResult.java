package com.tierflow.audit;

/**
 * What became of one task of a bulk decision.
 *
 * @param status  HTTP-like: 200 done, 400 refused as asked (e.g. no reason), 404 no such task for you, 409 conflict
 *                (claimed by someone else, four eyes, the order changed meanwhile)
 * @param orderId null when the task was not found
 */
public record TaskResult(String taskId, Long orderId, boolean done, int status, String message) {
}
