package com.tierflow.order.internal.web;

import com.tierflow.order.ChannelLedger;
import com.tierflow.order.LedgerQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Ledger", description = "Orders reconciled against their ledger entries")
class LedgerController {

    private final LedgerQueries ledger;

    LedgerController(LedgerQueries ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/api/ledger/reconciliation")
    @Operation(summary = "Per channel: orders, declared and computed totals, ledger sums per kind, and whether they balance",
            description = "Covers the orders placed in [from, to) (ISO-8601 instants, both optional) with all their "
                    + "ledger entries; without 'channel', every channel that has orders in the window.")
    List<ChannelLedger> reconcile(@RequestParam(required = false) String channel,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to) {
        return ledger.reconcile(channel, from, to);
    }
}
