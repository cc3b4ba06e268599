package com.tierflow.audit.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierflow.shared.RejectedRequestException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlaStoreTest {

    @Test
    void shouldAcceptAReminderBeforeTheDueTimeOrNone() {
        assertThatCode(() -> SlaStore.validate(Duration.ofHours(2), Duration.ofMinutes(15))).doesNotThrowAnyException();
        assertThatCode(() -> SlaStore.validate(Duration.ofMinutes(5), Duration.ZERO)).doesNotThrowAnyException();
        assertThatCode(() -> SlaStore.validate(Duration.ofDays(30), Duration.ofDays(29))).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseAReminderThatIsNotBeforeTheDueTime() {
        assertThatThrownBy(() -> SlaStore.validate(Duration.ofHours(2), Duration.ofHours(2)))
                .isInstanceOf(RejectedRequestException.class).hasMessageContaining("reminder must come before");
        assertThatThrownBy(() -> SlaStore.validate(Duration.ofHours(2), Duration.ofMinutes(-1)))
                .isInstanceOf(RejectedRequestException.class);
    }

    @Test
    void shouldRefuseAReviewTimeOutsideFiveMinutesToThirtyDays() {
        assertThatThrownBy(() -> SlaStore.validate(Duration.ofMinutes(4), Duration.ZERO))
                .isInstanceOf(RejectedRequestException.class).hasMessageContaining("between 5 minutes and 30 days");
        assertThatThrownBy(() -> SlaStore.validate(Duration.ofDays(30).plusMinutes(1), Duration.ZERO))
                .isInstanceOf(RejectedRequestException.class);
    }
}
