package com.tierflow.classification.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.classification.LifecycleStage;
import org.junit.jupiter.api.Test;

class LifecycleRulesTest {

    private final LifecycleRules rules = LifecycleRules.defaults();

    @Test
    void shouldCallACustomerNewWhileTheFirstPurchaseIsRecent() {
        assertThat(rules.stage(10, 10, null, 1.0)).isEqualTo(LifecycleStage.NEW);
        assertThat(rules.stage(30, 2, 7.0, 0.01)).isEqualTo(LifecycleStage.NEW);
    }

    @Test
    void shouldMeasureRecencyAgainstTheCustomersOwnCycle() {
        assertThat(rules.stage(400, 40, 30.0, null)).isEqualTo(LifecycleStage.ACTIVE);
        assertThat(rules.stage(400, 50, 30.0, null)).isEqualTo(LifecycleStage.AT_RISK);
        assertThat(rules.stage(400, 91, 30.0, null)).isEqualTo(LifecycleStage.CHURNED);
    }

    @Test
    void shouldUseTheDefaultCycleForOneTimeBuyersWhoseAlivenessTheModelCannotJudge() {
        assertThat(rules.stage(100, 100, null, 1.0)).isEqualTo(LifecycleStage.ACTIVE);
        assertThat(rules.stage(200, 200, null, 1.0)).isEqualTo(LifecycleStage.AT_RISK);
        assertThat(rules.stage(300, 300, null, 1.0)).isEqualTo(LifecycleStage.CHURNED);
    }

    @Test
    void shouldLetALowProbabilityOfBeingAliveOverruleARecentPurchase() {
        assertThat(rules.stage(400, 5, 30.0, 0.4)).isEqualTo(LifecycleStage.AT_RISK);
        assertThat(rules.stage(400, 5, 30.0, 0.1)).isEqualTo(LifecycleStage.CHURNED);
    }

    @Test
    void shouldNotCallSameWeekBuyersChurnedAfterAFewDays() {
        // a cycle of one day is floored at the minimum cycle
        assertThat(rules.stage(400, 10, 1.0, null)).isEqualTo(LifecycleStage.ACTIVE);
    }
}
