package com.tierflow.classification.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CustomerLifetimeValueTest {

    private final BgNbd purchases = new BgNbd(0.8, 20, 0.9, 3.0);
    private final Customer customer = Customer.of(5, 170, 180);

    @Test
    void shouldBeExpectedPurchasesTimesSpendWithoutDiscounting() {
        double clv = CustomerLifetimeValue.of(purchases, customer, 50, 12, 0);
        assertThat(clv).isCloseTo(purchases.conditionalExpectedPurchases(customer, 360) * 50, within(1e-9));
    }

    @Test
    void shouldBeWorthLessTheHigherTheDiscountRate() {
        double low = CustomerLifetimeValue.of(purchases, customer, 50, 12, 0.05);
        double high = CustomerLifetimeValue.of(purchases, customer, 50, 12, 0.30);
        assertThat(high).isLessThan(low).isPositive();
        // every month is discounted by at most a year's rate
        assertThat(high).isGreaterThan(CustomerLifetimeValue.of(purchases, customer, 50, 12, 0) / 1.30);
    }
}
