package com.tierflow.audit.internal.web;

import com.tierflow.audit.OrderAudit;
import com.tierflow.audit.OrderAuditing;
import com.tierflow.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Orders")
class OrderAuditController {

    private final OrderAuditing auditing;

    OrderAuditController(OrderAuditing auditing) {
        this.auditing = auditing;
    }

    @GetMapping("/api/orders/{id}/audit")
    @Operation(summary = "Why an order is waiting or was rejected: the audit's outcome, reasons, fired rules and facts",
            description = "404 for an order the audit approved automatically (its timeline says so) or did not audit.")
    OrderAudit audit(@PathVariable long id) {
        return auditing.find(id).orElseThrow(() -> new NotFoundException("Order " + id + " has no audit findings: it "
                + "was approved automatically (see its timeline) or is not audited yet."));
    }
}
