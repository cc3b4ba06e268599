package com.tierflow.order.internal;

import com.tierflow.order.OrderDetail;
import com.tierflow.order.OrderFilter;
import com.tierflow.order.OrderQueries;
import com.tierflow.order.OrderSummary;
import com.tierflow.shared.PageRequest;
import com.tierflow.shared.PageResult;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

// one read-only transaction per call: the order, its lines and its ledger come over one connection
@Service
@Transactional(readOnly = true)
class OrderLookup implements OrderQueries {

    private final OrderMapper orders;
    private final LifecycleMapper lifecycle;

    OrderLookup(OrderMapper orders, LifecycleMapper lifecycle) {
        this.orders = orders;
        this.lifecycle = lifecycle;
    }

    @Override
    public Optional<OrderDetail> find(long id) {
        return orders.findById(id).map(this::withLinesLedgerAndHistory);
    }

    @Override
    public Optional<OrderDetail> findByChannelOrderNo(String channelCode, String channelOrderNo) {
        return orders.findByChannelOrderNo(channelCode, channelOrderNo).map(this::withLinesLedgerAndHistory);
    }

    @Override
    public PageResult<OrderSummary> search(OrderFilter filter, int page, int size) {
        OrderFilter criteria = filter == null ? OrderFilter.none() : filter;
        PageRequest request = new PageRequest(page, size);
        return request.result(orders.search(criteria, request.offset(), request.size()), orders.count(criteria));
    }

    private OrderDetail withLinesLedgerAndHistory(OrderRow order) {
        return order.toDetail(orders.findLines(order.id()), orders.findLedgerEntries(order.id()),
                lifecycle.findEvents(order.id()));
    }
}
