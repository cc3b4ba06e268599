package com.tierflow.audit.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit and the approval workflow; the risk thresholds themselves live in bpmn/order-audit.dmn.
 *
 * @param maxOrderAge          orders placed longer ago than this are TOO_OLD (the time standard)
 * @param allowedClockSkew     orders placed up to this far in the future are still on time (channels' clocks drift)
 * @param priceWindow          the SKU median price is taken over orders placed this long before the import's first
 * @param duplicateWindow      orders of one customer with the same items this close in time look like duplicates
 * @param ordersPerTransaction orders audited per transaction (one batch step run)
 * @param reviewSla            a clerk review is due this long after it started; overdue reviews go to the managers
 * @param reminderBefore       the reviewer is reminded this long before the review is due
 */
@ConfigurationProperties("tierflow.audit")
record AuditSettings(
        @DefaultValue("30d") Duration maxOrderAge,
        @DefaultValue("10m") Duration allowedClockSkew,
        @DefaultValue("90d") Duration priceWindow,
        @DefaultValue("10m") Duration duplicateWindow,
        @DefaultValue("20000") int ordersPerTransaction,
        @DefaultValue("4h") Duration reviewSla,
        @DefaultValue("1h") Duration reminderBefore) {
}
