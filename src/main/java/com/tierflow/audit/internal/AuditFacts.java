package com.tierflow.audit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the audit knows about one order, computed set-based by {@code AuditMapper.findFacts}. The time standard and the
 * discount share are derived here; everything else comes from SQL.
 *
 * @param priceDeviation   the largest |unit price − SKU median| / median over the order's lines; null without a median
 * @param blacklistHit     CUSTOMER, PHONE or ADDRESS when the order matches the blacklist, else null
 * @param addressCustomers customers shipping to the order's address on its day (1 = only this one)
 * @param couponCustomers  customers who used the order's coupon code; null without a coupon
 * @param customerTier     the customer's current tier (HIGH, MEDIUM, LOW); null while unknown
 */
record AuditFacts(
        long orderId,
        String channelKind,
        Instant orderedAt,
        BigDecimal goodsAmount,
        BigDecimal discount,
        BigDecimal totalAmount,
        boolean totalsConsistent,
        BigDecimal priceDeviation,
        boolean duplicateSuspect,
        String blacklistHit,
        boolean firstOrder,
        int addressCustomers,
        Integer couponCustomers,
        String customerTier) {

    /** Discounts over goods; 0 for an order without goods value. */
    BigDecimal discountShare() {
        return goodsAmount.signum() == 0 ? BigDecimal.ZERO : discount.divide(goodsAmount, 4, RoundingMode.HALF_UP);
    }

    /** The decision's input variables, by the names of its input expressions. */
    Map<String, Object> variables(TimeStandard time) {
        Map<String, Object> variables = new LinkedHashMap<>(16);
        variables.put("totalsConsistent", totalsConsistent);
        variables.put("timeStandard", time.name());
        variables.put("priceDeviation", priceDeviation == null ? null : priceDeviation.doubleValue());
        variables.put("duplicateSuspect", duplicateSuspect);
        variables.put("blacklistHit", blacklistHit);
        variables.put("firstOrder", firstOrder);
        variables.put("amount", totalAmount.doubleValue());
        variables.put("addressCustomers", addressCustomers);
        variables.put("discountShare", discountShare().doubleValue());
        variables.put("couponCustomers", couponCustomers);
        variables.put("channelKind", channelKind);
        variables.put("customerTier", customerTier);
        return variables;
    }
}
