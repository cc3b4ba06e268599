package com.tierflow.customer.internal;

import com.tierflow.customer.CustomerIdentityView;
import com.tierflow.customer.CustomerProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/** The customer's columns with their order figures; identities and channels are read separately. */
record CustomerRow(
        long id,
        String name,
        String phone,
        String email,
        String province,
        String city,
        Instant createdAt,
        long orderCount,
        Instant firstOrderAt,
        Instant lastOrderAt,
        BigDecimal netSpend) {

    CustomerProfile toProfile(List<CustomerIdentityView> identities, List<String> channels) {
        // a customer without orders sums to a bare 0; money always travels with two decimals
        return new CustomerProfile(id, name, phone, email, province, city, createdAt, identities, orderCount,
                firstOrderAt, lastOrderAt, channels, netSpend.setScale(2, RoundingMode.UNNECESSARY));
    }
}
