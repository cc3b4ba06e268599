package com.tierflow.delivery.internal;

import com.tierflow.delivery.OrderCompletion;
import com.tierflow.order.OrderLifecycle;
import com.tierflow.order.OrderStatus;
import com.tierflow.shared.ConflictException;
import com.tierflow.shared.NodeIdentity;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Every node looks for due orders; the claim row in {@code shipment} lets exactly one of them complete each. */
@Service
class AutoCompleter implements OrderCompletion {

    static final String ACTOR = "system";
    private static final int ORDERS_PER_QUERY = 500;
    private static final Logger log = LoggerFactory.getLogger(AutoCompleter.class);

    private final DeliveryMapper mapper;
    private final OrderLifecycle lifecycle;
    private final DeliverySettings settings;
    private final NodeIdentity node;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AutoCompleter(DeliveryMapper mapper, OrderLifecycle lifecycle, DeliverySettings settings, NodeIdentity node,
            Clock clock, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.lifecycle = lifecycle;
        this.settings = settings;
        this.node = node;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
    }

    @Scheduled(initialDelayString = "${tierflow.delivery.completion-interval:1m}",
            fixedDelayString = "${tierflow.delivery.completion-interval:1m}")
    void completeDueNow() {
        int completed = completeDue(clock.instant());
        if (completed > 0) {
            log.info("Completed {} shipped orders without a return", completed);
        }
    }

    @Override
    public int completeDue(Instant asOf) {
        Set<Long> seen = new HashSet<>();
        int completed = 0;
        while (true) {
            List<Long> due = mapper.findDueOrderIds(asOf, ORDERS_PER_QUERY).stream().filter(seen::add).toList();
            if (due.isEmpty()) {
                return completed;
            }
            for (long orderId : due) {
                try {
                    if (Boolean.TRUE.equals(ownTransaction.execute(status -> complete(orderId, asOf)))) {
                        completed++;
                    }
                } catch (ConflictException changedMeanwhile) {
                    // a return or a person moved it between the query and the claim: it is not due any more
                    log.debug("Order {} not completed: {}", orderId, changedMeanwhile.getMessage());
                }
            }
        }
    }

    private boolean complete(long orderId, Instant asOf) {
        if (mapper.claimCompletion(orderId, node.id(), clock.instant(), asOf) != 1) {
            return false;
        }
        lifecycle.transition(orderId, OrderStatus.COMPLETED, ACTOR,
                "No return within " + settings.completeAfter().toDays() + " days of shipping",
                Json.of("completedBy", node.id(), "dueAsOf", asOf.toString()));
        return true;
    }
}
