package com.tierflow.order.internal;

import com.tierflow.order.OrderEvent;
import com.tierflow.order.OrderEventKind;
import com.tierflow.order.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface LifecycleMapper {

    Optional<OrderState> findState(@Param("orderId") long orderId);

    int updateStatus(@Param("orderId") long orderId, @Param("expectedVersion") int expectedVersion,
            @Param("to") OrderStatus to);

    int updateStatusOfAll(@Param("orderIds") List<Long> orderIds, @Param("from") OrderStatus from,
            @Param("to") OrderStatus to);

    void insertEvent(@Param("orderId") long orderId, @Param("at") Instant at, @Param("actor") String actor,
            @Param("kind") OrderEventKind kind, @Param("from") OrderStatus from, @Param("to") OrderStatus to,
            @Param("reason") String reason, @Param("details") String details);

    int insertTransitionEventsOfAll(@Param("orderIds") List<Long> orderIds, @Param("at") Instant at,
            @Param("actor") String actor, @Param("from") OrderStatus from, @Param("to") OrderStatus to,
            @Param("reason") String reason, @Param("details") String details);

    int updateStatusOfImportRange(@Param("importId") long importId, @Param("fromId") long fromId,
            @Param("toId") long toId, @Param("from") OrderStatus from, @Param("to") OrderStatus to);

    int insertTransitionEventsOfImportRange(@Param("importId") long importId, @Param("fromId") long fromId,
            @Param("toId") long toId, @Param("at") Instant at, @Param("actor") String actor,
            @Param("from") OrderStatus from, @Param("to") OrderStatus to, @Param("reason") String reason,
            @Param("details") String details);

    List<OrderEvent> findEvents(@Param("orderId") long orderId);
}
