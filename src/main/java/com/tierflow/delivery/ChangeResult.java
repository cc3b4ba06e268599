package com.tierflow.delivery;

import com.tierflow.order.OrderStatus;
import java.math.BigDecimal;

/**
 * What one entry of a bulk modification did: applied as a whole or not at all.
 *
 * @param entry  the entry's position: 1-based index of an API call, or the row number of a file
 * @param refund the amount refunded by this entry (negative, as booked), or null
 */
public record ChangeResult(long entry, String orderNo, ChangeAction action, boolean applied, Long orderId,
        OrderStatus status, BigDecimal refund, String message) {
}
