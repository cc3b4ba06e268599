package com.tierflow.delivery;

/**
 * One entry of a bulk modification, addressed by the channel's order number.
 *
 * @param lineNo   RETURN only: the order line (1-based); null returns everything not yet returned
 * @param quantity RETURN with a line only: how many of it came back; null for the whole line
 */
public record OrderChange(String orderNo, ChangeAction action, String reason, Integer lineNo, Integer quantity,
        String province, String city, String address) {

    public static OrderChange of(String orderNo, ChangeAction action, String reason) {
        return new OrderChange(orderNo, action, reason, null, null, null, null, null);
    }
}
