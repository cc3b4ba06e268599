package com.tierflow.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierflow.shared.RejectedRequestException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReturnPolicyTest {

    // 3 × 33.33 with no discount, and 1 × 20.00; order discount 5.00 and shipping 8.00 make the balance 122.99
    private static final List<ReturnPolicy.Line> UNTOUCHED = List.of(
            new ReturnPolicy.Line(1, 3, new BigDecimal("99.99"), 0),
            new ReturnPolicy.Line(2, 1, new BigDecimal("20.00"), 0));
    private static final BigDecimal PAID = new BigDecimal("122.99");

    @Test
    void shouldRefundTheReturnedShareOfTheLineAmount() {
        ReturnPolicy.Outcome outcome = ReturnPolicy.returning(UNTOUCHED, 1, 2, PAID);

        assertThat(outcome.refund()).isEqualByComparingTo("66.66");
        assertThat(outcome.full()).isFalse();
        assertThat(outcome.quantities()).isEqualTo(Map.of(1, 2));
    }

    @Test
    void shouldRefundWhatIsLeftWhenTheLastGoodsComeBack() {
        List<ReturnPolicy.Line> partly = List.of(new ReturnPolicy.Line(1, 3, new BigDecimal("99.99"), 2),
                new ReturnPolicy.Line(2, 1, new BigDecimal("20.00"), 1));
        BigDecimal left = PAID.subtract(new BigDecimal("66.66")).subtract(new BigDecimal("20.00"));

        ReturnPolicy.Outcome outcome = ReturnPolicy.returning(partly, 1, 1, left);

        assertThat(outcome.full()).isTrue();
        assertThat(outcome.refund()).isEqualByComparingTo(left).isEqualByComparingTo("36.33");
    }

    @Test
    void shouldReturnEverythingLeftWithoutALine() {
        ReturnPolicy.Outcome outcome = ReturnPolicy.returning(UNTOUCHED, null, null, PAID);

        assertThat(outcome.full()).isTrue();
        assertThat(outcome.refund()).isEqualByComparingTo(PAID);
        assertThat(outcome.quantities()).isEqualTo(Map.of(1, 3, 2, 1));
    }

    @Test
    void shouldNeverRefundMoreThanIsLeftToRefund() {
        ReturnPolicy.Outcome outcome = ReturnPolicy.returning(UNTOUCHED, 1, 3, new BigDecimal("50.00"));

        assertThat(outcome.refund()).isEqualByComparingTo("50.00");
    }

    @Test
    void shouldRefuseMoreThanWasBoughtOrAnUnknownLine() {
        assertThatThrownBy(() -> ReturnPolicy.returning(UNTOUCHED, 2, 2, PAID))
                .isInstanceOf(RejectedRequestException.class).hasMessageContaining("has 1 of 1 not returned yet");
        assertThatThrownBy(() -> ReturnPolicy.returning(UNTOUCHED, 3, 1, PAID))
                .isInstanceOf(RejectedRequestException.class).hasMessageContaining("no line 3");
        assertThatThrownBy(() -> ReturnPolicy.returning(UNTOUCHED, 1, 0, PAID))
                .isInstanceOf(RejectedRequestException.class);
    }

    @Test
    void shouldRefuseAReturnOfAnOrderReturnedAlready() {
        List<ReturnPolicy.Line> returned = List.of(new ReturnPolicy.Line(1, 3, new BigDecimal("99.99"), 3));

        assertThatThrownBy(() -> ReturnPolicy.returning(returned, null, null, BigDecimal.ZERO))
                .isInstanceOf(RejectedRequestException.class).hasMessageContaining("returned already");
    }
}
