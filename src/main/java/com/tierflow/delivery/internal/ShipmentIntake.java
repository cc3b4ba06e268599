package com.tierflow.delivery.internal;

import com.tierflow.delivery.ShipmentFileReport;
import com.tierflow.delivery.ShipmentFileStatus;
import com.tierflow.delivery.ShipmentFiles;
import com.tierflow.delivery.ShipmentProblem;
import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelService;
import com.tierflow.order.OrderLifecycle;
import com.tierflow.order.OrderStatus;
import com.tierflow.shared.ConflictException;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.RejectedRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class ShipmentIntake implements ShipmentFiles {

    static final Map<String, List<String>> COLUMNS = Map.of(
            "order_no", List.of("订单号", "order number", "orderNo", "order no"),
            "carrier", List.of("快递公司", "物流公司", "承运商", "carrier", "courier"),
            "tracking_no", List.of("快递单号", "运单号", "物流单号", "tracking number", "trackingNo", "tracking no"));
    private static final List<String> REQUIRED = List.of("order_no", "carrier", "tracking_no");
    // rows are shipped while the push waits for its report: a bound keeps one call under a minute or so
    static final int MAX_ROWS = 20_000;
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(ShipmentIntake.class);

    private enum Outcome { SHIPPED, REPEATED }

    private final DeliveryMapper mapper;
    private final ChannelService channels;
    private final OrderLifecycle lifecycle;
    private final DeliverySettings settings;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    private final Path storageDir;

    ShipmentIntake(DeliveryMapper mapper, ChannelService channels, OrderLifecycle lifecycle, DeliverySettings settings,
            Clock clock, PlatformTransactionManager transactions,
            @Value("${tierflow.delivery.storage-dir:${tierflow.data-dir:./data}/shipment-files}") Path storageDir) {
        this.mapper = mapper;
        this.channels = channels;
        this.storageDir = storageDir;
        this.lifecycle = lifecycle;
        this.settings = settings;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
    }

    @Override
    public ShipmentFileReport submit(String channelCode, String fileName, InputStream content, String requestedBy)
            throws IOException {
        byte[] bytes = content.readAllBytes();
        String hash = sha256(bytes);
        Channel channel = DeliveryDesk.channel(channels, channelCode);
        long channelId = channel.id();
        Long fileId = ownTransaction.execute(status -> registered(channelId, fileName, hash, bytes.length, requestedBy));
        if (fileId == null) {
            Long original = mapper.findShipmentFileByHash(channelId, hash);
            return ownTransaction.execute(status -> {
                GeneratedKey key = new GeneratedKey();
                mapper.insertShipmentFile(key, channelId, fileName, hash, bytes.length,
                        ShipmentFileStatus.DUPLICATE_FILE, original, requestedBy, clock.instant());
                mapper.finishShipmentFile(key.get(), ShipmentFileStatus.DUPLICATE_FILE, "The same file was pushed "
                        + "before as shipment file " + original + "; nothing was done again.", 0, 0, 0, 0, clock.instant());
                return find(key.get()).orElseThrow();
            });
        }
        List<CsvTable.Row> rows;
        try {
            store(fileId, bytes);
            rows = CsvTable.read(bytes, channel.profile().charset(), channel.profile().delimiter(), COLUMNS, REQUIRED);
            if (rows.size() > MAX_ROWS) {
                throw new RejectedRequestException("A shipment file holds at most " + MAX_ROWS + " rows; this one has "
                        + rows.size() + ". Split it and push the parts.");
            }
        } catch (RejectedRequestException unreadable) {
            ownTransaction.executeWithoutResult(status -> mapper.finishShipmentFile(fileId, ShipmentFileStatus.FAILED,
                    unreadable.getMessage(), 0, 0, 0, 0, clock.instant()));
            return find(fileId).orElseThrow();
        }
        int shipped = 0;
        int repeated = 0;
        List<ShipmentProblem> problems = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            try {
                Outcome outcome = ownTransaction.execute(status -> ship(channelId, fileId, row, requestedBy));
                if (outcome == Outcome.SHIPPED) {
                    shipped++;
                } else {
                    repeated++;
                }
            } catch (ConflictException | RejectedRequestException | NotFoundException refused) {
                problems.add(new ShipmentProblem(row.rowNumber(), row.get("order_no"), refused.getMessage(),
                        row.original()));
            } catch (RuntimeException fault) {
                log.warn("Shipment file {} row {} failed", fileId, row.rowNumber(), fault);
                problems.add(new ShipmentProblem(row.rowNumber(), row.get("order_no"),
                        "A technical fault stopped this row; push the row again.", row.original()));
            }
        }
        int done = shipped;
        int again = repeated;
        ShipmentFileStatus status = problems.isEmpty() ? ShipmentFileStatus.COMPLETED
                : ShipmentFileStatus.COMPLETED_WITH_ERRORS;
        ownTransaction.executeWithoutResult(tx -> {
            problems.forEach(problem -> mapper.insertProblem(fileId, problem));
            mapper.finishShipmentFile(fileId, status, null, rows.size(), done, again, problems.size(), clock.instant());
        });
        return find(fileId).orElseThrow();
    }

    @Override
    public Optional<ShipmentFileReport> find(long fileId) {
        return mapper.findShipmentFile(fileId).map(row -> new ShipmentFileReport(row.id(), row.channelCode(),
                row.fileName(), row.contentHash(), row.status(), row.duplicateOf(), row.message(), row.rowsRead(),
                row.rowsShipped(), row.rowsRepeated(), row.rowsFailed(), row.requestedBy(), row.createdAt(),
                row.finishedAt(), mapper.findProblems(fileId)));
    }

    /**
     * The id of the file to process: a new one, or the earlier push of these bytes if that one was left RUNNING for
     * longer than {@link #ABANDONED_AFTER} (its node stopped; rows already shipped count as repeated). Null if these
     * bytes were pushed for the channel before (the unique hash decides between pushes at the same moment).
     */
    private Long registered(long channelId, String fileName, String hash, long size, String requestedBy) {
        Long earlier = mapper.findShipmentFileByHash(channelId, hash);
        if (earlier != null) {
            Instant now = clock.instant();
            return mapper.takeOverShipmentFile(earlier, now, now.minus(ABANDONED_AFTER)) == 1 ? earlier : null;
        }
        try {
            GeneratedKey key = new GeneratedKey();
            mapper.insertShipmentFile(key, channelId, fileName, hash, size, ShipmentFileStatus.RUNNING, null,
                    requestedBy, clock.instant());
            return key.get();
        } catch (DuplicateKeyException pushedTwiceAtOnce) {
            return null;
        }
    }

    private Outcome ship(long channelId, long fileId, CsvTable.Row row, String actor) {
        String orderNo = row.get("order_no");
        String carrier = row.get("carrier");
        String trackingNo = row.get("tracking_no");
        if (orderNo == null || carrier == null || trackingNo == null) {
            throw new RejectedRequestException("Order number, carrier and tracking number are all required.");
        }
        if (carrier.length() > 64 || trackingNo.length() > 64) {
            throw new RejectedRequestException("Carrier and tracking number have at most 64 characters.");
        }
        DeliveryMapper.OrderRef order = mapper.findOrder(channelId, orderNo).orElseThrow(
                () -> new NotFoundException("The channel has no order " + orderNo + "."));
        Optional<DeliveryMapper.ShipmentRow> known = mapper.findShipment(order.id());
        if (known.isPresent()) {
            if (known.get().carrier().equals(carrier) && known.get().trackingNo().equals(trackingNo)) {
                return Outcome.REPEATED;
            }
            throw new ConflictException("Order " + orderNo + " was shipped already with " + known.get().carrier() + " "
                    + known.get().trackingNo() + ".");
        }
        Long batchId = mapper.findLatestBatchOf(order.id());
        if (batchId == null) {
            throw new ConflictException("Order " + orderNo + " is " + order.status() + " and was never released in a "
                    + "delivery batch; only released orders can be shipped.");
        }
        Instant now = clock.instant();
        lifecycle.transition(order.id(), order.version(), OrderStatus.SHIPPED, actor,
                "Shipped with " + carrier + ", tracking number " + trackingNo,
                Json.of("carrier", carrier, "trackingNo", trackingNo, "deliveryBatch", batchId, "shipmentFile", fileId,
                        "row", row.rowNumber()));
        mapper.insertShipment(order.id(), batchId, carrier, trackingNo, fileId, actor, now,
                now.plus(settings.completeAfter()));
        return Outcome.SHIPPED;
    }

    /** Keeps every pushed file (duplicates aside) next to the import files, for whoever must check a row later. */
    private void store(long fileId, byte[] bytes) throws IOException {
        Files.createDirectories(storageDir);
        Path partial = storageDir.resolve(fileId + ".csv.part");
        Files.write(partial, bytes);
        Files.move(partial, storageDir.resolve(fileId + ".csv"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
