package com.tierflow.order;

import static com.tierflow.support.ChannelFiles.channelTime;
import static com.tierflow.support.ChannelFiles.createChannel;
import static com.tierflow.support.ChannelFiles.importFile;
import static com.tierflow.support.OrderCsv.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.ImportRecord;
import com.tierflow.intake.ImportService;
import com.tierflow.intake.ImportStatus;
import com.tierflow.shared.PageResult;
import com.tierflow.support.ApiClient;
import com.tierflow.support.IntegrationTest;
import com.tierflow.support.OrderCsv;
import com.tierflow.support.OrderCsv.Buyer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

@IntegrationTest
class OrderQueriesIT {

    private static final ParameterizedTypeReference<PageResult<OrderSummary>> ORDER_PAGE = new ParameterizedTypeReference<>() {
    };

    @Autowired
    private ChannelService channels;
    @Autowired
    private ImportService imports;
    @Autowired
    private OrderQueries orders;
    @Autowired
    private OrderLifecycle lifecycle;
    @Autowired
    private RestClient.Builder restClients;
    @LocalServerPort
    private int port;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(restClients, port);
    }

    @Test
    void shouldShowOrderWithItsLinesAndLedgerEntriesThatAddUpToItsTotal() {
        Channel channel = createChannel(channels, "detail");
        OrderCsv file = new OrderCsv().order("D-100", "2024-03-01 10:15:00",
                new Buyer("C-1", "王小明", OrderCsv.newMobile(), null), "3.00", "6.00",
                line("SKU-1", 2, "25.00", "5.00"),
                line("SKU-2", 1, "55.00", "0.00"));
        ImportRecord imported = importFile(imports, channel, file);
        assertThat(imported.status()).isEqualTo(ImportStatus.COMPLETED);

        OrderDetail order = orders.findByChannelOrderNo(channel.code(), "D-100").orElseThrow();

        // 2 × 25.00 − 5.00 + 1 × 55.00 − 3.00 + 6.00
        assertThat(file.order("D-100").total()).isEqualByComparingTo("103.00");
        assertThat(order.channelCode()).isEqualTo(channel.code());
        assertThat(order.importId()).isEqualTo(imported.id());
        // a small order of a new customer: the audit approves it
        assertThat(order.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(order.orderedAt()).isEqualTo(channelTime("2024-03-01 10:15:00"));
        assertThat(order.customerName()).isEqualTo("王小明");
        assertThat(List.of(order.goodsAmount(), order.lineDiscount(), order.orderDiscount(), order.shippingFee(),
                order.totalAmount(), order.declaredTotal()))
                .containsExactly(money("105.00"), money("5.00"), money("3.00"), money("6.00"), money("103.00"),
                        money("103.00"));
        assertThat(order.lineCount()).isEqualTo(2);
        assertThat(order.lines())
                .extracting(OrderLineView::lineNo, OrderLineView::sku, OrderLineView::quantity,
                        OrderLineView::unitPrice, OrderLineView::lineDiscount, OrderLineView::lineAmount)
                .containsExactly(
                        tuple(1, "SKU-1", 2, money("25.00"), money("5.00"), money("45.00")),
                        tuple(2, "SKU-2", 1, money("55.00"), money("0.00"), money("55.00")));
        assertThat(order.lines()).extracting(OrderLineView::sourceRow).containsExactly(2L, 3L);
        assertThat(order.ledger())
                .extracting(LedgerEntryView::kind, LedgerEntryView::amount)
                .containsExactlyInAnyOrder(
                        tuple(LedgerKind.GOODS, money("105.00")),
                        tuple(LedgerKind.LINE_DISCOUNT, money("-5.00")),
                        tuple(LedgerKind.ORDER_DISCOUNT, money("-3.00")),
                        tuple(LedgerKind.SHIPPING_FEE, money("6.00")));
        assertThat(order.ledger().stream().map(LedgerEntryView::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(order.totalAmount());
        assertThat(order.ledger()).extracting(LedgerEntryView::bookedAt).containsOnly(order.orderedAt());

        assertThat(orders.find(order.id())).contains(order);
        assertThat(api.get(OrderDetail.class, "/api/orders/{id}", order.id())).isEqualTo(order);
        assertThat(api.get(OrderDetail.class, "/api/channels/{code}/orders/{no}", channel.code(), "D-100"))
                .isEqualTo(order);
    }

    @Test
    void shouldFilterOrdersByChannelStatusTimeWindowCustomerAndTotal() {
        Channel shop = createChannel(channels, "search-a");
        Channel market = createChannel(channels, "search-b");
        Buyer regular = new Buyer(null, "李娜", OrderCsv.newMobile(), null);
        Buyer other = new Buyer(null, "张伟", OrderCsv.newMobile(), null);
        OrderCsv shopFile = new OrderCsv()
                .order("S-1", "2024-04-01 09:00:00", regular, "0.00", "0.00", line("P-1", 1, "10.00", "0.00"))
                .order("S-2", "2024-04-02 00:00:00", other, "0.00", "0.00", line("P-1", 2, "10.00", "0.00"))
                .order("S-3", "2024-04-02 18:30:00", regular, "0.00", "0.00", line("P-1", 3, "10.00", "0.00"))
                .order("S-4", "2024-04-03 00:00:00", other, "0.00", "0.00", line("P-1", 4, "10.00", "0.00"));
        OrderCsv marketFile = new OrderCsv()
                .order("M-1", "2024-04-02 12:00:00", regular, "0.00", "0.00", line("P-9", 1, "99.00", "0.00"));
        assertThat(importFile(imports, shop, shopFile).status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(importFile(imports, market, marketFile).status()).isEqualTo(ImportStatus.COMPLETED);
        long regularId = orders.findByChannelOrderNo(shop.code(), "S-1").orElseThrow().customerId();
        Instant from = channelTime("2024-04-02 00:00:00");
        Instant to = channelTime("2024-04-03 00:00:00");

        assertThat(orderNos(filter(shop.code(), null, null, null, null, null, null), 0, 50))
                .containsExactly("S-4", "S-3", "S-2", "S-1");
        assertThat(orderNos(filter(shop.code(), OrderStatus.APPROVED, null, null, null, null, null), 0, 50))
                .containsExactly("S-4", "S-3", "S-2", "S-1");
        assertThat(orderNos(filter(shop.code(), OrderStatus.PENDING_REVIEW, null, null, null, null, null), 0, 50)).isEmpty();
        // half-open: an order placed exactly at 'from' is in, one placed exactly at 'to' is out
        assertThat(orderNos(filter(shop.code(), null, null, from, to, null, null), 0, 50)).containsExactly("S-3", "S-2");
        assertThat(orderNos(filter(null, null, regularId, null, null, null, null), 0, 50))
                .containsExactly("S-3", "M-1", "S-1");
        assertThat(orderNos(filter(null, null, regularId, from, to, null, null), 0, 50)).containsExactly("S-3", "M-1");
        assertThat(orderNos(filter(shop.code(), null, null, null, null, money("20.00"), money("30.00")), 0, 50))
                .containsExactly("S-3", "S-2");

        PageResult<OrderSummary> secondPage = orders.search(filter(shop.code(), null, null, null, null, null, null), 1, 3);
        assertThat(secondPage.items()).extracting(OrderSummary::channelOrderNo).containsExactly("S-1");
        assertThat(List.of(secondPage.total(), (long) secondPage.page(), (long) secondPage.size()))
                .containsExactly(4L, 1L, 3L);
        assertThat(orders.search(filter(shop.code(), null, null, null, null, null, null), 0, 100_000).size())
                .isEqualTo(500);

        // a reason anywhere in the order's history, any case, its LIKE wildcards taken literally
        lifecycle.transition(orders.findByChannelOrderNo(shop.code(), "S-2").orElseThrow().id(), OrderStatus.CANCELLED,
                "it-customer-service", "Buyer asked: 100% refund_now");
        assertThat(orderNos(new OrderFilter(shop.code(), null, null, null, null, null, null, "100% REFUND_"), 0, 50))
                .containsExactly("S-2");
        assertThat(orderNos(new OrderFilter(shop.code(), null, null, null, null, null, null, "100_ refund%"), 0, 50))
                .isEmpty();
        assertThat(api.get(ORDER_PAGE, "/api/orders?channel={c}&reason={r}", shop.code(), "buyer asked").items())
                .extracting(OrderSummary::channelOrderNo).containsExactly("S-2");

        PageResult<OrderSummary> window = orders.search(filter(shop.code(), null, null, from, to, null, null), 0, 50);
        assertThat(api.get(ORDER_PAGE, "/api/orders?channel={c}&from={f}&to={t}", shop.code(), from, to))
                .isEqualTo(window);
        assertThat(api.get(ORDER_PAGE, "/api/orders?customerId={id}&status=APPROVED&size=2", regularId).items())
                .extracting(OrderSummary::channelOrderNo, OrderSummary::channelCode, OrderSummary::totalAmount)
                .containsExactly(tuple("S-3", shop.code(), money("30.00")), tuple("M-1", market.code(), money("99.00")));
    }

    @Test
    void shouldAnswerNotFoundProblemForUnknownOrder() {
        ResponseEntity<ProblemDetail> byId = api.getProblem("/api/orders/{id}", Long.MAX_VALUE);
        ResponseEntity<ProblemDetail> byChannelNo = api.getProblem("/api/channels/{code}/orders/{no}", "no-such", "X-1");

        assertThat(byId.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(byId.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(byId.getBody().getStatus()).isEqualTo(404);
        assertThat(byId.getBody().getDetail()).isEqualTo("There is no order with id " + Long.MAX_VALUE + ".");
        assertThat(byChannelNo.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(byChannelNo.getBody().getDetail()).isEqualTo("Channel 'no-such' has no order 'X-1'.");
        assertThat(orders.find(Long.MAX_VALUE)).isEmpty();
    }

    private List<String> orderNos(OrderFilter filter, int page, int size) {
        return orders.search(filter, page, size).items().stream().map(OrderSummary::channelOrderNo).toList();
    }

    private static OrderFilter filter(String channel, OrderStatus status, Long customerId, Instant from, Instant to,
            BigDecimal minTotal, BigDecimal maxTotal) {
        return new OrderFilter(channel, status, customerId, from, to, minTotal, maxTotal, null);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
