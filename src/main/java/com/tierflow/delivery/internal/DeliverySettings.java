package com.tierflow.delivery.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param completeAfter      a shipped order completes this long after shipping (or after its last partial return)
 *                           unless it was returned in full
 * @param completionInterval how often each node looks for orders due to complete
 * @param maxBatchOrders     most orders one delivery batch releases
 */
@ConfigurationProperties("tierflow.delivery")
record DeliverySettings(
        @DefaultValue("7d") Duration completeAfter,
        @DefaultValue("1m") Duration completionInterval,
        @DefaultValue("5000") int maxBatchOrders) {
}
