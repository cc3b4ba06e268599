package com.tierflow.delivery.internal;

import com.tierflow.delivery.ShipmentFileStatus;
import com.tierflow.delivery.ShipmentProblem;
import com.tierflow.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DeliveryMapper {

    /** An order as this module needs it to decide a change. */
    record OrderRef(long id, OrderStatus status, int version) {
    }

    record BatchRow(long id, String channelCode, String warehouse, int orderCount, String createdBy,
            Instant createdAt) {
    }

    record DeliveryRow(long batchId, String channelOrderNo, Instant orderedAt, String customerName, String phone,
            String province, String city, String address, int lineNo, String sku, String productName, int quantity) {
    }

    record ShipmentFileRow(long id, String channelCode, String fileName, String contentHash, ShipmentFileStatus status,
            Long duplicateOf, String message, int rowsRead, int rowsShipped, int rowsRepeated, int rowsFailed,
            String requestedBy, Instant createdAt, Instant finishedAt) {
    }

    record ShipmentRow(long orderId, long batchId, String carrier, String trackingNo) {
    }

    record LineRow(int lineNo, int quantity, BigDecimal lineAmount, int returned) {
    }

    List<Long> findApprovedOrderIds(@Param("channelId") long channelId, @Param("limit") int limit);

    void insertBatch(@Param("key") GeneratedKey key, @Param("channelId") long channelId, @Param("warehouse") String warehouse,
            @Param("orderCount") int orderCount, @Param("createdBy") String createdBy, @Param("at") Instant at);

    void insertBatchOrders(@Param("batchId") long batchId, @Param("orderIds") List<Long> orderIds);

    Optional<BatchRow> findBatch(@Param("id") long batchId);

    List<Long> findBatchOrderIds(@Param("batchId") long batchId);

    List<DeliveryRow> findDeliveryRows(@Param("batchId") long batchId);

    Optional<OrderRef> findOrder(@Param("channelId") long channelId, @Param("orderNo") String orderNo);

    Long findLatestBatchOf(@Param("orderId") long orderId);

    Optional<ShipmentRow> findShipment(@Param("orderId") long orderId);

    void insertShipment(@Param("orderId") long orderId, @Param("batchId") long batchId, @Param("carrier") String carrier,
            @Param("trackingNo") String trackingNo, @Param("fileId") Long fileId, @Param("actor") String actor,
            @Param("at") Instant at, @Param("dueAt") Instant dueAt);

    Long findShipmentFileByHash(@Param("channelId") long channelId, @Param("hash") String hash);

    void insertShipmentFile(@Param("key") GeneratedKey key, @Param("channelId") long channelId, @Param("fileName") String fileName,
            @Param("hash") String hash, @Param("size") long size, @Param("status") ShipmentFileStatus status,
            @Param("duplicateOf") Long duplicateOf, @Param("requestedBy") String requestedBy, @Param("at") Instant at);

    int takeOverShipmentFile(@Param("id") long fileId, @Param("at") Instant at,
            @Param("startedBefore") Instant startedBefore);

    void finishShipmentFile(@Param("id") long id, @Param("status") ShipmentFileStatus status,
            @Param("message") String message, @Param("rowsRead") int rowsRead, @Param("shipped") int shipped,
            @Param("repeated") int repeated, @Param("failed") int failed, @Param("at") Instant at);

    void insertProblem(@Param("fileId") long fileId, @Param("p") ShipmentProblem problem);

    Optional<ShipmentFileRow> findShipmentFile(@Param("id") long fileId);

    List<ShipmentProblem> findProblems(@Param("fileId") long fileId);

    List<Long> findDueOrderIds(@Param("asOf") Instant asOf, @Param("limit") int limit);

    int claimCompletion(@Param("orderId") long orderId, @Param("node") String node, @Param("at") Instant at,
            @Param("asOf") Instant asOf);

    void postponeCompletion(@Param("orderId") long orderId, @Param("dueAt") Instant dueAt);

    List<LineRow> findLines(@Param("orderId") long orderId);

    BigDecimal ledgerBalance(@Param("orderId") long orderId);

    void insertReturn(@Param("key") GeneratedKey key, @Param("orderId") long orderId, @Param("refund") BigDecimal refund,
            @Param("full") boolean full, @Param("at") Instant at, @Param("actor") String actor,
            @Param("reason") String reason);

    void insertReturnLine(@Param("returnId") long returnId, @Param("orderId") long orderId,
            @Param("lineNo") int lineNo, @Param("quantity") int quantity);

    void insertRefund(@Param("orderId") long orderId, @Param("amount") BigDecimal signedAmount,
            @Param("at") Instant at);

    int touchOrder(@Param("orderId") long orderId, @Param("version") int version);

    int updateAddress(@Param("orderId") long orderId, @Param("version") int version,
            @Param("province") String province, @Param("city") String city, @Param("address") String address);
}
