package com.tierflow.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.audit.AuditOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of bpmn/order-audit.dmn, each against an otherwise clean order, plus how rows combine. */
class AuditDecisionTest {

    private static AuditDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream dmn = AuditDecisionTest.class.getResourceAsStream("/bpmn/order-audit.dmn")) {
            decision = AuditDecision.parse("order-audit:1:test", dmn.readAllBytes());
        }
    }

    /** A small first-time order would fire nothing; the online shop, tier unknown. */
    static Map<String, Object> clean() {
        Map<String, Object> facts = new HashMap<>();
        facts.put("totalsConsistent", true);
        facts.put("timeStandard", "OK");
        facts.put("priceDeviation", 0.05);
        facts.put("duplicateSuspect", false);
        facts.put("blacklistHit", null);
        facts.put("firstOrder", true);
        facts.put("amount", 299.0);
        facts.put("addressCustomers", 1);
        facts.put("discountShare", 0.1);
        facts.put("couponCustomers", null);
        facts.put("channelKind", "ONLINE_SHOP");
        facts.put("customerTier", null);
        return facts;
    }

    static Stream<Arguments> everyRule() {
        return Stream.of(
                Arguments.of("ruleTotalsMismatch", Map.of("totalsConsistent", false), AuditOutcome.REJECT, "TOTALS_MISMATCH"),
                Arguments.of("ruleOrderTimeInFuture", Map.of("timeStandard", "FUTURE"), AuditOutcome.REJECT,
                        "ORDER_TIME_IN_FUTURE"),
                Arguments.of("ruleOrderTooOld", Map.of("timeStandard", "TOO_OLD"), AuditOutcome.CLERK_REVIEW, "ORDER_TOO_OLD"),
                Arguments.of("rulePriceFarFromMedian", Map.of("priceDeviation", 0.5), AuditOutcome.CLERK_REVIEW,
                        "PRICE_FAR_FROM_MEDIAN"),
                Arguments.of("ruleDuplicateSuspect", Map.of("duplicateSuspect", true), AuditOutcome.CLERK_REVIEW,
                        "POSSIBLE_DUPLICATE"),
                Arguments.of("ruleBlacklistedCustomer", Map.of("blacklistHit", "CUSTOMER"), AuditOutcome.REJECT,
                        "BLACKLISTED_CUSTOMER"),
                Arguments.of("ruleBlacklistedContact", Map.of("blacklistHit", "ADDRESS"), AuditOutcome.MANAGER_APPROVAL,
                        "BLACKLISTED_CONTACT"),
                Arguments.of("ruleNewCustomerHighAmount", Map.of("amount", 3000.0), AuditOutcome.CLERK_REVIEW,
                        "NEW_CUSTOMER_HIGH_AMOUNT"),
                Arguments.of("ruleSharedAddress", Map.of("addressCustomers", 3), AuditOutcome.CLERK_REVIEW, "SHARED_ADDRESS"),
                Arguments.of("ruleHighDiscountShare", Map.of("discountShare", 0.5), AuditOutcome.CLERK_REVIEW,
                        "HIGH_DISCOUNT_SHARE"),
                Arguments.of("ruleCouponReused", Map.of("couponCustomers", 2), AuditOutcome.CLERK_REVIEW, "COUPON_REUSED"),
                Arguments.of("ruleHighValue", Map.of("amount", 10000.0, "firstOrder", false), AuditOutcome.MANAGER_APPROVAL,
                        "HIGH_VALUE"),
                Arguments.of("ruleHighValueHighTier", Map.of("amount", 30000.0, "firstOrder", false, "customerTier", "HIGH"),
                        AuditOutcome.MANAGER_APPROVAL, "HIGH_VALUE"),
                Arguments.of("ruleMarketplaceHighValue", Map.of("amount", 5000.0, "firstOrder", false,
                        "channelKind", "MARKETPLACE"), AuditOutcome.MANAGER_APPROVAL, "HIGH_VALUE_MARKETPLACE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRule")
    void shouldFireEachRuleOnItsOwnFact(String rule, Map<String, Object> risk, AuditOutcome outcome, String reason) {
        Map<String, Object> facts = clean();
        facts.putAll(risk);

        Verdict verdict = decision.evaluate(facts);

        assertThat(verdict.firedRules()).containsExactly(rule);
        assertThat(verdict.reasons()).containsExactly(reason);
        assertThat(verdict.outcome()).isEqualTo(outcome);
    }

    @Test
    void shouldApproveACleanOrderWithoutAnyRule() {
        assertThat(decision.evaluate(clean())).isEqualTo(Verdict.CLEAN);
    }

    @Test
    void shouldStayJustBelowEveryThreshold() {
        Map<String, Object> facts = clean();
        facts.putAll(Map.of("priceDeviation", 0.49, "amount", 2999.99, "addressCustomers", 2, "discountShare", 0.49,
                "couponCustomers", 21));
        assertThat(decision.evaluate(facts).outcome()).isEqualTo(AuditOutcome.AUTO_APPROVE);
    }

    @Test
    void shouldCollectEveryFiredRuleAndTakeTheMostSevereOutcome() {
        Map<String, Object> facts = clean();
        facts.putAll(Map.of("timeStandard", "TOO_OLD", "amount", 12000.0, "blacklistHit", "CUSTOMER"));

        Verdict verdict = decision.evaluate(facts);

        assertThat(verdict.firedRules()).containsExactlyInAnyOrder("ruleOrderTooOld", "ruleBlacklistedCustomer",
                "ruleNewCustomerHighAmount", "ruleHighValue");
        assertThat(verdict.outcome()).isEqualTo(AuditOutcome.REJECT);
    }

    @Test
    void shouldTreatAnUnknownTierLikeALowOneForHighValuesButTrustAHighTierMore() {
        Map<String, Object> unknown = clean();
        unknown.putAll(Map.of("amount", 15000.0, "firstOrder", false));
        Map<String, Object> high = new HashMap<>(unknown);
        high.put("customerTier", "HIGH");
        Map<String, Object> low = new HashMap<>(unknown);
        low.put("customerTier", "LOW");

        assertThat(decision.evaluate(unknown).reasons()).containsExactly("HIGH_VALUE");
        assertThat(decision.evaluate(low).reasons()).containsExactly("HIGH_VALUE");
        assertThat(decision.evaluate(high).outcome()).isEqualTo(AuditOutcome.AUTO_APPROVE);
    }

    @Test
    void shouldNotAskAStoreCustomerPayingAtTheTillForReview() {
        Map<String, Object> facts = clean();
        facts.putAll(Map.of("amount", 4000.0, "channelKind", "OFFLINE_STORE"));
        assertThat(decision.evaluate(facts).outcome()).isEqualTo(AuditOutcome.AUTO_APPROVE);
    }

    @Test
    void shouldDecideFromTheCacheExactlyAsTheTableDoes() {
        SplittableRandom random = new SplittableRandom(7);
        String[] times = {"OK", "OK", "OK", "FUTURE", "TOO_OLD"};
        String[] blacklist = {null, null, null, "CUSTOMER", "PHONE", "ADDRESS"};
        String[] kinds = {"ONLINE_SHOP", "OFFLINE_STORE", "MARKETPLACE"};
        String[] tiers = {null, "LOW", "MEDIUM", "HIGH"};
        for (int i = 0; i < 20_000; i++) {
            Map<String, Object> facts = clean();
            facts.put("totalsConsistent", random.nextInt(50) > 0);
            facts.put("timeStandard", times[random.nextInt(times.length)]);
            facts.put("priceDeviation", random.nextInt(10) == 0 ? null : random.nextInt(0, 80) / 100.0);
            facts.put("duplicateSuspect", random.nextInt(30) == 0);
            facts.put("blacklistHit", blacklist[random.nextInt(blacklist.length)]);
            facts.put("firstOrder", random.nextBoolean());
            // whole thresholds and values right at them on purpose
            facts.put("amount", random.nextBoolean() ? random.nextInt(0, 40_001) * 1.0 : random.nextDouble(0, 40_000));
            facts.put("addressCustomers", random.nextInt(1, 6));
            facts.put("discountShare", random.nextInt(0, 101) / 100.0);
            facts.put("couponCustomers", random.nextBoolean() ? null : random.nextInt(1, 30));
            facts.put("channelKind", kinds[random.nextInt(kinds.length)]);
            facts.put("customerTier", tiers[random.nextInt(tiers.length)]);

            assertThat(decision.evaluate(facts)).as("facts %s", facts).isEqualTo(decision.evaluateTable(facts));
        }
    }

    @Test
    void shouldKeyNumbersByWhereTheyLieAmongTheConstants() {
        double[] constants = {3000, 5000, 10000};
        assertThat(InputClasses.classOf(4711.30, constants)).isEqualTo(InputClasses.classOf(4999.99, constants));
        assertThat(InputClasses.classOf(5000, constants)).isNotEqualTo(InputClasses.classOf(4999.99, constants))
                .isNotEqualTo(InputClasses.classOf(5000.01, constants));
        assertThat(InputClasses.classOf(-1, constants)).isNotEqualTo(InputClasses.classOf(20000, constants));
    }

    /** The point of evaluating in-process: far above the 2–6.5 k/s of the engine's DecisionService here. */
    @Test
    void shouldEvaluateManyThousandOrdersPerSecond() {
        Map<String, Object> facts = clean();
        IntStream.range(0, 30_000).forEach(i -> decision.evaluate(facts));
        int evaluations = 1_000_000;
        long start = System.nanoTime();
        long flagged = IntStream.range(0, evaluations).parallel().filter(i -> {
            Map<String, Object> order = new HashMap<>(facts);
            order.put("amount", 100.0 + i % 5000);
            order.put("discountShare", (i % 97) / 100.0);
            return decision.evaluate(order).outcome() != AuditOutcome.AUTO_APPROVE;
        }).count();
        double perSecond = evaluations / ((System.nanoTime() - start) / 1e9);
        System.out.printf("order-audit: %.0f evaluations/s%n", perSecond);
        assertThat(flagged).isEqualTo(IntStream.range(0, evaluations).filter(i -> i % 5000 >= 2900 || i % 97 >= 50).count());
        assertThat(perSecond).isGreaterThan(100_000);
    }
}
