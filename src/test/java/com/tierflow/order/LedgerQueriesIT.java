package com.tierflow.order;

import static com.tierflow.support.ChannelFiles.channelTime;
import static com.tierflow.support.ChannelFiles.createChannel;
import static com.tierflow.support.ChannelFiles.importFile;
import static com.tierflow.support.OrderCsv.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.ImportService;
import com.tierflow.intake.ImportStatus;
import com.tierflow.support.ApiClient;
import com.tierflow.support.IntegrationTest;
import com.tierflow.support.OrderCsv;
import com.tierflow.support.OrderCsv.Buyer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

@IntegrationTest
class LedgerQueriesIT {

    private static final ParameterizedTypeReference<List<ChannelLedger>> LEDGERS = new ParameterizedTypeReference<>() {
    };

    @Autowired
    private ChannelService channels;
    @Autowired
    private ImportService imports;
    @Autowired
    private LedgerQueries ledger;
    @Autowired
    private RestClient.Builder restClients;
    @LocalServerPort
    private int port;

    @Test
    void shouldBalanceChannelLedgerWithTheFilesDeclaredTotals() {
        Channel channel = createChannel(channels, "ledger");
        Buyer buyer = new Buyer("L-1", "陈静", OrderCsv.newMobile(), null);
        OrderCsv file = new OrderCsv()
                .order("L-1", "2024-05-01 08:00:00", buyer, "10.00", "12.00",
                        line("A", 3, "19.90", "2.70"), line("B", 1, "149.00", "20.00"), line("C", 2, "0.50", "0.00"))
                .order("L-2", "2024-05-02 20:00:00", buyer, "0.00", "0.00", line("A", 1, "19.90", "0.00"))
                .order("L-3", "2024-05-31 23:59:59", buyer, "5.00", "8.00", line("D", 10, "7.77", "7.70"));
        assertThat(importFile(imports, channel, file).status()).isEqualTo(ImportStatus.COMPLETED);

        List<ChannelLedger> reconciled = ledger.reconcile(channel.code(), null, null);

        BigDecimal declared = file.sum(OrderCsv.Order::total);
        assertThat(reconciled).singleElement().satisfies(books -> {
            assertThat(books.channelCode()).isEqualTo(channel.code());
            assertThat(books.orderCount()).isEqualTo(3);
            assertThat(books.declaredTotal()).isEqualTo(declared.setScale(2));
            assertThat(books.totalAmount()).isEqualTo(declared.setScale(2));
            assertThat(books.ledgerBalance()).isEqualTo(declared.setScale(2));
            assertThat(books.goods()).isEqualTo(file.sum(OrderCsv.Order::goods).setScale(2));
            assertThat(books.lineDiscount()).isEqualTo(file.sum(OrderCsv.Order::lineDiscount).negate().setScale(2));
            assertThat(books.orderDiscount()).isEqualTo(file.sum(OrderCsv.Order::orderDiscount).negate().setScale(2));
            assertThat(books.shippingFee()).isEqualTo(file.sum(OrderCsv.Order::shippingFee).setScale(2));
            assertThat(books.refund()).isEqualTo("0.00");
            assertThat(books.balanced()).isTrue();
        });
        assertThat(new ApiClient(restClients, port).get(LEDGERS, "/api/ledger/reconciliation?channel={c}", channel.code()))
                .isEqualTo(reconciled);
    }

    @Test
    void shouldReconcileOnlyOrdersPlacedInTheWindow() {
        Channel channel = createChannel(channels, "window");
        Buyer buyer = new Buyer(null, "刘洋", OrderCsv.newMobile(), null);
        OrderCsv file = new OrderCsv()
                .order("W-1", "2024-06-30 23:59:59", buyer, "0.00", "5.00", line("A", 1, "10.00", "0.00"))
                .order("W-2", "2024-07-01 00:00:00", buyer, "1.00", "5.00", line("A", 2, "10.00", "0.00"))
                .order("W-3", "2024-07-15 12:00:00", buyer, "0.00", "0.00", line("A", 3, "10.00", "1.00"))
                .order("W-4", "2024-08-01 00:00:00", buyer, "0.00", "0.00", line("A", 4, "10.00", "0.00"));
        assertThat(importFile(imports, channel, file).status()).isEqualTo(ImportStatus.COMPLETED);
        Instant july = channelTime("2024-07-01 00:00:00");
        Instant august = channelTime("2024-08-01 00:00:00");

        List<ChannelLedger> inJuly = ledger.reconcile(channel.code(), july, august);

        BigDecimal julyTotal = file.order("W-2").total().add(file.order("W-3").total());
        assertThat(julyTotal).isEqualByComparingTo("53.00");
        assertThat(inJuly).singleElement().satisfies(books -> {
            assertThat(books.orderCount()).isEqualTo(2);
            assertThat(books.totalAmount()).isEqualTo(julyTotal.setScale(2));
            assertThat(books.ledgerBalance()).isEqualTo(julyTotal.setScale(2));
            assertThat(books.balanced()).isTrue();
        });
        assertThat(ledger.reconcile(null, july, august)).contains(inJuly.get(0));
        assertThat(new ApiClient(restClients, port).get(LEDGERS, "/api/ledger/reconciliation?channel={c}&from={f}&to={t}",
                channel.code(), july, august)).isEqualTo(inJuly);
    }
}
