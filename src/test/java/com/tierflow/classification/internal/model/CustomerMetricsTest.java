package com.tierflow.classification.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerMetricsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private static CustomerMetrics metrics(String first, String last, int days, int orders, String net, String firstDay,
            String goods, String discount) {
        return new CustomerMetrics(1, LocalDate.parse(first), LocalDate.parse(last), days, orders, new BigDecimal(net),
                new BigDecimal(firstDay), new BigDecimal(goods), new BigDecimal(discount), null, null, List.of(), List.of());
    }

    @Test
    void shouldGiveAOneTimeBuyerNoRepeatPurchasesAndNoCycle() {
        CustomerMetrics once = metrics("2025-06-01", "2025-06-01", 1, 1, "80.00", "80.00", "100.00", "20.00");

        assertThat(once.modelInput(AS_OF)).isEqualTo(new Customer(0, 0, 29, 0));
        assertThat(once.purchaseCycleDays()).isNull();
        assertThat(once.discountShare()).isEqualByComparingTo("0.2");
    }

    @Test
    void shouldCountThreeOrdersOnOneDayAsOneTransactionWhoseValueIsTheirSum() {
        // three orders, two days: the first day's two orders make 50 + 30, the repeat day 40
        CustomerMetrics sameDay = metrics("2025-05-01", "2025-05-11", 2, 3, "120.00", "80.00", "120.00", "0.00");

        assertThat(sameDay.modelInput(AS_OF)).isEqualTo(new Customer(1, 10, 60, 40));
        assertThat(sameDay.averageOrderValue()).isEqualByComparingTo("40.00");
        assertThat(sameDay.purchaseCycleDays()).isEqualTo(10.0);
    }

    @Test
    void shouldLowerTheRepeatValueByRefunds() {
        // 3 purchase days for 300 gross with 60 refunded on a repeat day
        CustomerMetrics refunded = metrics("2025-01-01", "2025-03-01", 3, 3, "240.00", "100.00", "300.00", "0.00");

        assertThat(refunded.modelInput(AS_OF).meanRepeatValue()).isEqualTo(70.0);
        assertThat(refunded.recencyDays(AS_OF)).isEqualTo(121);
    }

    @Test
    void shouldHandleACustomerWithHundredsOfPurchaseDays() {
        CustomerMetrics loyal = metrics("2024-07-01", "2025-06-30", 365, 500, "36500.00", "100.00", "36500.00", "0.00");

        Customer input = loyal.modelInput(AS_OF);
        assertThat(input.x()).isEqualTo(364);
        assertThat(input.tx()).isEqualTo(input.age()).isEqualTo(364);
        assertThat(loyal.purchaseCycleDays()).isEqualTo(1.0);
    }
}
