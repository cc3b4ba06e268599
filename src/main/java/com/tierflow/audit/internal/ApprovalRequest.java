package com.tierflow.audit.internal;

import java.math.BigDecimal;

/**
 * An order the audit sent to people, as its audit result and its order row have it: what its approval process starts
 * with.
 *
 * @param outcome CLERK_REVIEW or MANAGER_APPROVAL
 * @param reasons the reason codes, comma-separated
 */
record ApprovalRequest(long orderId, String channelCode, String channelOrderNo, long customerId, String customerName,
                       BigDecimal totalAmount, String outcome, String reasons) {
}
