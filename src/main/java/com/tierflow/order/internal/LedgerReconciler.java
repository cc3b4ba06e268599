package com.tierflow.order.internal;

import com.tierflow.order.ChannelLedger;
import com.tierflow.order.LedgerQueries;
import com.tierflow.shared.RejectedRequestException;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class LedgerReconciler implements LedgerQueries {

    private final LedgerMapper ledger;

    LedgerReconciler(LedgerMapper ledger) {
        this.ledger = ledger;
    }

    @Override
    public List<ChannelLedger> reconcile(String channelCodeOrNull, Instant fromOrNull, Instant toOrNull) {
        if (fromOrNull != null && toOrNull != null && !fromOrNull.isBefore(toOrNull)) {
            throw new RejectedRequestException("The window [" + fromOrNull + ", " + toOrNull + ") is empty: 'from' must "
                    + "be before 'to'.");
        }
        return ledger.reconcile(channelCodeOrNull, fromOrNull, toOrNull);
    }
}
