package com.tierflow.customer;

import java.time.Instant;

/** A customer in a list: enough to recognise them and open their profile. */
public record CustomerSummary(
        long id,
        String name,
        String phone,
        String email,
        String province,
        String city,
        Instant createdAt) {
}
