package com.tierflow.delivery.internal;

import com.tierflow.delivery.Deliveries;
import com.tierflow.delivery.DeliveryBatch;
import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelService;
import com.tierflow.order.OrderLifecycle;
import com.tierflow.order.OrderStatus;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.RejectedRequestException;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DeliveryDesk implements Deliveries {

    static final List<String> DELIVERY_COLUMNS = List.of("batch_id", "warehouse", "order_no", "ordered_at",
            "customer_name", "phone", "province", "city", "address", "line_no", "sku", "product_name", "quantity");
    private static final int IDS_PER_STATEMENT = 1_000;

    private final DeliveryMapper mapper;
    private final ChannelService channels;
    private final OrderLifecycle lifecycle;
    private final DeliverySettings settings;
    private final Clock clock;

    DeliveryDesk(DeliveryMapper mapper, ChannelService channels, OrderLifecycle lifecycle, DeliverySettings settings,
            Clock clock) {
        this.mapper = mapper;
        this.channels = channels;
        this.lifecycle = lifecycle;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public DeliveryBatch release(String channelCode, String warehouse, int maxOrders, String actor) {
        if (maxOrders < 1 || maxOrders > settings.maxBatchOrders()) {
            throw new RejectedRequestException("A delivery batch holds 1 to " + settings.maxBatchOrders()
                    + " orders; asked: " + maxOrders + ".");
        }
        long channelId = channel(channels, channelCode).id();
        List<Long> orderIds = mapper.findApprovedOrderIds(channelId, maxOrders);
        if (orderIds.isEmpty()) {
            throw new RejectedRequestException("Channel " + channelCode + " has no approved order to release.");
        }
        String place = warehouse == null || warehouse.isBlank() ? null : warehouse.strip();
        GeneratedKey key = new GeneratedKey();
        mapper.insertBatch(key, channelId, place, orderIds.size(), actor, clock.instant());
        long batchId = key.get();
        for (int start = 0; start < orderIds.size(); start += IDS_PER_STATEMENT) {
            mapper.insertBatchOrders(batchId, orderIds.subList(start, Math.min(orderIds.size(), start + IDS_PER_STATEMENT)));
        }
        // all or nothing: an order approved a moment ago but changed since makes the whole batch refused
        lifecycle.transitionAll(orderIds, OrderStatus.APPROVED, OrderStatus.RELEASED, actor,
                "Released in delivery batch " + batchId + (place == null ? "" : " to warehouse " + place),
                Json.of("deliveryBatch", batchId, "warehouse", place));
        return find(batchId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DeliveryBatch> find(long batchId) {
        return mapper.findBatch(batchId).map(row -> new DeliveryBatch(row.id(), row.channelCode(), row.warehouse(),
                row.orderCount(), row.createdBy(), row.createdAt(), mapper.findBatchOrderIds(batchId)));
    }

    @Override
    @Transactional(readOnly = true)
    public void writeDeliveryFile(long batchId, OutputStream out) throws IOException {
        DeliveryBatch batch = find(batchId).orElseThrow(
                () -> new NotFoundException("There is no delivery batch " + batchId + "."));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // the BOM makes Excel read the Chinese names as UTF-8
        writer.write('\uFEFF');
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
        csv.writeRecord(DELIVERY_COLUMNS);
        for (DeliveryMapper.DeliveryRow row : mapper.findDeliveryRows(batchId)) {
            csv.writeRecord(List.of(Long.toString(row.batchId()), text(batch.warehouse()), text(row.channelOrderNo()),
                    row.orderedAt().atOffset(ZoneOffset.UTC).toString(), text(row.customerName()), text(row.phone()),
                    text(row.province()), text(row.city()), text(row.address()), Integer.toString(row.lineNo()),
                    text(row.sku()), text(row.productName()), Integer.toString(row.quantity())));
        }
        csv.flush();
    }

    private static String text(String value) {
        return SpreadsheetText.of(value);
    }

    static Channel channel(ChannelService channels, String channelCode) {
        return channels.findByCode(channelCode)
                .orElseThrow(() -> new NotFoundException("There is no channel " + channelCode + "."));
    }
}
