package com.tierflow.classification.internal;

import com.tierflow.intake.OrdersImported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** After an import, its customers are classified with the current model; the process runs on the job executor. */
@Component
class ImportListener {

    private final RunRequests requests;

    ImportListener(RunRequests requests) {
        this.requests = requests;
    }

    @EventListener
    void on(OrdersImported imported) {
        if (imported.ordersImported() > 0) {
            requests.requestImportRun(imported.importId());
        }
    }
}
