package com.tierflow.classification.internal.model;

import com.tierflow.classification.LifecycleStage;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** Scores customers with a model: RFM, segment and tier, BG/NBD and Gamma-Gamma outputs, stage, tags and action. Thread-safe. */
public final class Classifier {

    private final ClassificationModel model;
    private final Segmentation.Rules segments;
    private final ActionFacts.Rules actions;
    private final List<TagRule> tagRules;
    private final LifecycleRules lifecycle;
    private final double annualDiscountRate;
    private static final double[] MONTH_ENDS = CustomerLifetimeValue.monthEnds(12);

    private final Map<Integer, Segmentation> segmentCache = new ConcurrentHashMap<>();

    public Classifier(ClassificationModel model, Segmentation.Rules segments, ActionFacts.Rules actions,
            List<TagRule> tagRules, LifecycleRules lifecycle, double annualDiscountRate) {
        this.model = model;
        this.segments = segments;
        this.actions = actions;
        this.tagRules = List.copyOf(tagRules);
        this.lifecycle = lifecycle;
        this.annualDiscountRate = annualDiscountRate;
    }

    public CustomerScore score(CustomerMetrics metrics, LocalDate asOf) {
        RfmBreakpoints rfm = model.rfm();
        int r = rfm.recencyScore(metrics.recencyDays(asOf));
        int f = rfm.frequencyScore(metrics.purchaseDays());
        int m = rfm.monetaryScore(metrics.netValue().doubleValue());
        // 125 score triples at most: the decision runs once per triple, not once per customer
        Segmentation segmentation = segmentCache.computeIfAbsent(r * 100 + f * 10 + m, key -> segments.of(r, f, m));
        Customer input = metrics.modelInput(asOf);
        Double alive = null;
        Double in30 = null;
        Double in90 = null;
        Double spend = null;
        Double clv = null;
        if (model.purchases() != null) {
            BgNbd purchases = model.purchases().model();
            alive = purchases.probabilityAlive(input);
            // months of 30 days: the first and third month ends are the 30- and 90-day horizons
            double[] byMonth = purchases.conditionalExpectedPurchases(input, MONTH_ENDS);
            in30 = byMonth[0];
            in90 = byMonth[2];
            if (model.spend() != null) {
                spend = model.spend().model().expectedSpend(input.x(), input.meanRepeatValue());
                clv = CustomerLifetimeValue.of(byMonth, spend, annualDiscountRate);
            }
        }
        LifecycleStage stage = lifecycle.stage(metrics.ageDays(asOf), metrics.recencyDays(asOf),
                metrics.purchaseCycleDays(), alive);
        Set<String> tags = tags(metrics, asOf, segmentation, stage);
        ActionFacts.Decision decision = actions.decide(new ActionFacts(segmentation.tier(), segmentation.segment(),
                stage.name(), alive == null ? null : 1 - alive, in90, metrics.favouriteCategories().size()));
        return new CustomerScore(metrics, r, f, m, segmentation.segment(), segmentation.tier(), stage.name(), alive,
                in30, in90, spend, clv, tags, decision == null ? null : decision.action(),
                decision == null ? null : decision.reason());
    }

    private Set<String> tags(CustomerMetrics metrics, LocalDate asOf, Segmentation segmentation, LifecycleStage stage) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("purchase_days", metrics.purchaseDays());
        facts.put("orders", metrics.orders());
        facts.put("net_value", metrics.netValue());
        facts.put("average_order_value", metrics.averageOrderValue());
        facts.put("discount_share", metrics.discountShare());
        facts.put("recency_days", metrics.recencyDays(asOf));
        facts.put("channel_count", metrics.channels().size());
        facts.put("channels", metrics.channels());
        facts.put("favourite_categories", metrics.favouriteCategories());
        facts.put("province", metrics.province());
        facts.put("city", metrics.city());
        facts.put("tier", segmentation.tier());
        facts.put("segment", segmentation.segment());
        facts.put("stage", stage.name());
        Set<String> tags = new TreeSet<>();
        for (TagRule rule : tagRules) {
            tags.addAll(rule.apply(facts));
        }
        return tags;
    }
}
