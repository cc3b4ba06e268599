package com.tierflow.order.internal;

import com.tierflow.order.LedgerEntryView;
import com.tierflow.order.OrderFilter;
import com.tierflow.order.OrderLineView;
import com.tierflow.order.OrderSummary;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OrderMapper {

    Optional<OrderRow> findById(@Param("id") long id);

    Optional<OrderRow> findByChannelOrderNo(@Param("channelCode") String channelCode,
            @Param("channelOrderNo") String channelOrderNo);

    List<OrderLineView> findLines(@Param("orderId") long orderId);

    List<LedgerEntryView> findLedgerEntries(@Param("orderId") long orderId);

    long count(@Param("f") OrderFilter filter);

    List<OrderSummary> search(@Param("f") OrderFilter filter, @Param("offset") long offset, @Param("limit") int limit);
}
