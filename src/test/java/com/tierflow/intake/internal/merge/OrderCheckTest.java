package com.tierflow.intake.internal.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.intake.ProblemReason;
import com.tierflow.intake.internal.read.OrderGroup;
import com.tierflow.intake.internal.read.StagedLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderCheckTest {

    private static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");

    @Test
    void shouldAcceptLinesMinusDiscountsPlusShippingEqualToTheDeclaredTotal() {
        OrderGroup order = group(line(1, AT, "2", "10.00", "1.00", "3.00", "5.00", "26.00"),
                line(2, AT, "1", "5.00", "0.00", null, null, null));

        assertThat(OrderCheck.refusal(order)).isNull();
        NewOrder merged = NewOrder.of(order);
        assertThat(merged.goods()).isEqualByComparingTo("25.00");
        assertThat(merged.total()).isEqualByComparingTo("26.00");
    }

    @Test
    void shouldRefuseATotalThatDoesNotAddUp() {
        OrderCheck.Refusal refusal = OrderCheck.refusal(group(line(1, AT, "2", "10.00", "0.00", null, "5.00", "24.00")));

        assertThat(refusal.reason()).isEqualTo(ProblemReason.TOTAL_MISMATCH);
        assertThat(refusal.column()).isEqualTo("order_total");
        assertThat(refusal.message()).contains("= 25.00").contains("24.00");
    }

    @Test
    void shouldRefuseRowsThatGiveDifferentOrderTimes() {
        OrderCheck.Refusal refusal = OrderCheck.refusal(group(line(1, AT, "1", "10.00", "0.00", null, null, null),
                line(2, AT.plusSeconds(60), "1", "10.00", "0.00", null, null, null)));

        assertThat(refusal.reason()).isEqualTo(ProblemReason.INCONSISTENT_ORDER);
        assertThat(refusal.message()).contains("different order times");
    }

    @Test
    void shouldRefuseRowsThatGiveDifferentShippingFeesButNotRowsThatLeaveItOut() {
        assertThat(OrderCheck.refusal(group(line(1, AT, "1", "10.00", "0.00", null, "5.00", null),
                line(2, AT, "1", "10.00", "0.00", null, "6.00", null))).reason()).isEqualTo(ProblemReason.INCONSISTENT_ORDER);
        assertThat(OrderCheck.refusal(group(line(1, AT, "1", "10.00", "0.00", null, "5.00", null),
                line(2, AT, "1", "10.00", "0.00", null, null, null)))).isNull();
    }

    @Test
    void shouldRefuseDiscountsLargerThanTheGoods() {
        OrderCheck.Refusal refusal = OrderCheck.refusal(group(line(1, AT, "1", "10.00", "0.00", "11.00", null, null)));

        assertThat(refusal.reason()).isEqualTo(ProblemReason.TOTAL_MISMATCH);
        assertThat(refusal.message()).contains("discounts exceed");
    }

    private static OrderGroup group(StagedLine... lines) {
        return new OrderGroup("O1", List.of(lines), new long[0], List.of(), 0, lines.length, false);
    }

    private static StagedLine line(long row, Instant at, String quantity, String price, String lineDiscount,
            String orderDiscount, String shipping, String declared) {
        return new StagedLine(row, "O1", at, "M:13800138000", null, null, "13800138000", null, null, null, null, "S" + row,
                null, null, Integer.parseInt(quantity), new BigDecimal(price), new BigDecimal(lineDiscount), amount(orderDiscount),
                amount(shipping), amount(declared), null, null, row);
    }

    private static BigDecimal amount(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
