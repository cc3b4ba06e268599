package com.tierflow.customer;

/**
 * One key that leads to the customer.
 *
 * @param value       the mobile number, the lower-cased e-mail, or the channel's own customer id
 * @param channelCode for a channel alias, the channel that issued it; null otherwise
 */
public record CustomerIdentityView(IdentityKind kind, String value, String channelCode) {
}
