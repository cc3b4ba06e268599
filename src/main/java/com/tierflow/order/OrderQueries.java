package com.tierflow.order;

import com.tierflow.shared.PageResult;
import java.util.Optional;

/** Reads orders; nothing here changes them. */
public interface OrderQueries {

    Optional<OrderDetail> find(long id);

    Optional<OrderDetail> findByChannelOrderNo(String channelCode, String channelOrderNo);

    /** Newest orders first; pages count from 0 and hold at most 500 orders. */
    PageResult<OrderSummary> search(OrderFilter filter, int page, int size);
}
