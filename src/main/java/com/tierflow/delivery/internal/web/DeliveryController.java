package com.tierflow.delivery.internal.web;

import com.tierflow.delivery.ChangeResult;
import com.tierflow.delivery.Deliveries;
import com.tierflow.delivery.DeliveryBatch;
import com.tierflow.delivery.OrderChange;
import com.tierflow.delivery.OrderChanges;
import com.tierflow.delivery.ShipmentFileReport;
import com.tierflow.delivery.ShipmentFiles;
import com.tierflow.security.ChannelAccess;
import com.tierflow.security.Roles;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.RejectedRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "Delivery", description = "Delivery batches and files, shipment files, bulk modification and returns")
class DeliveryController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Deliveries deliveries;
    private final ShipmentFiles shipments;
    private final OrderChanges changes;

    DeliveryController(Deliveries deliveries, ShipmentFiles shipments, OrderChanges changes) {
        this.deliveries = deliveries;
        this.shipments = shipments;
        this.changes = changes;
    }

    record ReleaseRequest(String warehouse, Integer maxOrders) {
    }

    record ChangeRequest(@NotEmpty List<OrderChange> changes) {
    }

    @PostMapping("/api/channels/{code}/delivery-batches")
    @Operation(summary = "Release the channel's approved orders in one delivery batch (clerks, managers)",
            description = "Oldest approved orders first, up to maxOrders (default 1000); all of them become RELEASED "
                    + "together or none does. 'warehouse' optionally names where the batch goes.")
    ResponseEntity<DeliveryBatch> release(@PathVariable String code, @RequestBody(required = false) ReleaseRequest body,
            Authentication user) {
        ReleaseRequest request = body == null ? new ReleaseRequest(null, null) : body;
        DeliveryBatch batch = deliveries.release(code, request.warehouse(),
                request.maxOrders() == null ? 1000 : request.maxOrders(), user.getName());
        return ResponseEntity.created(URI.create("/api/delivery-batches/" + batch.id())).body(batch);
    }

    @GetMapping("/api/delivery-batches/{id}")
    @Operation(summary = "A delivery batch and its orders")
    DeliveryBatch batch(@PathVariable long id) {
        return deliveries.find(id).orElseThrow(() -> new NotFoundException("There is no delivery batch " + id + "."));
    }

    @GetMapping("/api/delivery-batches/{id}/delivery-file")
    @Operation(summary = "The batch's delivery file (CSV, one row per order line, formulas written as text)")
    ResponseEntity<StreamingResponseBody> deliveryFile(@PathVariable long id) {
        batch(id);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("delivery-batch-" + id + ".csv").build().toString())
                .body(out -> deliveries.writeDeliveryFile(id, out));
    }

    @PostMapping(path = "/api/channels/{code}/shipment-files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Push a shipment file: order number, carrier, tracking number (clerks, managers, the channel)",
            description = "Each row ships its order (RELEASED → SHIPPED) on its own; bad rows are reported with their "
                    + "row number. The same bytes pushed again are a DUPLICATE_FILE. A channel account may push for "
                    + "its own channel only.")
    ShipmentFileReport pushShipments(@PathVariable String code, @RequestParam("file") MultipartFile file,
            Authentication user) throws IOException {
        requireOwnChannel(user, code);
        try (InputStream content = file.getInputStream()) {
            return shipments.submit(code, file.getOriginalFilename() == null ? "shipments.csv"
                    : file.getOriginalFilename(), content, user.getName());
        }
    }

    @GetMapping("/api/shipment-files/{id}")
    @Operation(summary = "A shipment file's outcome with every problem row")
    ShipmentFileReport shipmentFile(@PathVariable long id, Authentication user) {
        ShipmentFileReport report = shipments.find(id)
                .orElseThrow(() -> new NotFoundException("There is no shipment file " + id + "."));
        requireOwnChannel(user, report.channelCode());
        return report;
    }

    @PostMapping("/api/channels/{code}/order-changes")
    @Operation(summary = "Bulk modification (批量修改) of the channel's orders: CANCEL, HOLD, RELEASE, UPDATE_ADDRESS, "
            + "RETURN (clerks, managers)",
            description = "Each entry is applied in its own transaction, whole or not at all; one result per entry. A "
                    + "refused entry does not stop the others.")
    List<ChangeResult> change(@PathVariable String code, @Valid @RequestBody ChangeRequest request,
            Authentication user) {
        return changes.apply(code, request.changes(), user.getName());
    }

    @PostMapping(path = "/api/channels/{code}/order-change-files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Bulk modification from a CSV file (clerks, managers)",
            description = "Columns order_no, action, reason, line_no, quantity, province, city, address (or 订单号, "
                    + "操作, 原因, 行号, 数量, 收货省份, 收货城市, 收货地址); one result per row, by row number.")
    List<ChangeResult> changeFile(@PathVariable String code, @RequestParam("file") MultipartFile file,
            Authentication user) throws IOException {
        if (file.isEmpty()) {
            throw new RejectedRequestException("Send the file in a multipart field named 'file'.");
        }
        try (InputStream content = file.getInputStream()) {
            return changes.applyFile(code, content, user.getName());
        }
    }

    /** Clerks and managers act for every channel; a channel client (token or channel user) only for its own. */
    static void requireOwnChannel(Authentication user, String channelCode) {
        boolean staff = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> authority.equals(Roles.ROLE_CLERK) || authority.equals(Roles.ROLE_MANAGER));
        if (!staff && !ChannelAccess.channelsOf(user).contains(channelCode)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "This account may push files for its own channel only.");
        }
    }
}
