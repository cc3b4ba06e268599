package com.tierflow.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A customer with every key that leads to them and what they ordered.
 *
 * @param channels codes of the channels the customer ordered through, alphabetically
 * @param netSpend sum of the ledger entries of all the customer's orders (refunds lower it)
 */
public record CustomerProfile(
        long id,
        String name,
        String phone,
        String email,
        String province,
        String city,
        Instant createdAt,
        List<CustomerIdentityView> identities,
        long orderCount,
        Instant firstOrderAt,
        Instant lastOrderAt,
        List<String> channels,
        BigDecimal netSpend) {

    public CustomerProfile {
        identities = List.copyOf(identities);
        channels = List.copyOf(channels);
    }

    public CustomerSummary summary() {
        return new CustomerSummary(id, name, phone, email, province, city, createdAt);
    }
}
