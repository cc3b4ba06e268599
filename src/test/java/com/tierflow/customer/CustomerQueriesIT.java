package com.tierflow.customer;

import static com.tierflow.support.ChannelFiles.channelTime;
import static com.tierflow.support.ChannelFiles.createChannel;
import static com.tierflow.support.ChannelFiles.importFile;
import static com.tierflow.support.OrderCsv.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.ImportService;
import com.tierflow.intake.ImportStatus;
import com.tierflow.shared.PageResult;
import com.tierflow.support.ApiClient;
import com.tierflow.support.IntegrationTest;
import com.tierflow.support.OrderCsv;
import com.tierflow.support.OrderCsv.Buyer;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;

@IntegrationTest
class CustomerQueriesIT {

    private static final ParameterizedTypeReference<PageResult<CustomerSummary>> CUSTOMER_PAGE =
            new ParameterizedTypeReference<>() {
            };

    @Autowired
    private ChannelService channels;
    @Autowired
    private ImportService imports;
    @Autowired
    private CustomerQueries customers;
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
    void shouldKnowTheSamePhoneInTwoChannelsAsOneCustomerWithBothChannelAliases() {
        Channel shop = createChannel(channels, "cust-a");
        Channel market = createChannel(channels, "cust-b");
        String mobile = OrderCsv.newMobile();
        String written = "+86 " + mobile.substring(0, 3) + "-" + mobile.substring(3, 7) + "-" + mobile.substring(7);
        OrderCsv shopFile = new OrderCsv().order("SA-1", "2024-02-01 10:00:00", new Buyer("shop-77", "赵敏", mobile, null),
                "0.00", "10.00", line("X", 1, "90.00", "0.00"));
        OrderCsv marketFile = new OrderCsv().order("MB-1", "2024-02-03 15:00:00", new Buyer("buyer:88", "赵敏", written, null),
                "5.00", "0.00", line("Y", 2, "30.00", "0.00"));
        assertThat(importFile(imports, shop, shopFile).status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(importFile(imports, market, marketFile).status()).isEqualTo(ImportStatus.COMPLETED);

        CustomerProfile customer = customers.findByPhone(written).orElseThrow();

        assertThat(customer.phone()).isEqualTo(mobile);
        assertThat(customer.identities())
                .extracting(CustomerIdentityView::kind, CustomerIdentityView::value, CustomerIdentityView::channelCode)
                .containsExactlyInAnyOrder(
                        tuple(IdentityKind.MOBILE, mobile, null),
                        tuple(IdentityKind.CHANNEL_ALIAS, "shop-77", shop.code()),
                        tuple(IdentityKind.CHANNEL_ALIAS, "buyer:88", market.code()));
        assertThat(customer.channels()).containsExactlyInAnyOrder(shop.code(), market.code()).isSorted();
        assertThat(customer.orderCount()).isEqualTo(2);
        assertThat(customer.firstOrderAt()).isEqualTo(channelTime("2024-02-01 10:00:00"));
        assertThat(customer.lastOrderAt()).isEqualTo(channelTime("2024-02-03 15:00:00"));
        // 90.00 + 10.00 shipping, then 2 × 30.00 − 5.00
        assertThat(customer.netSpend()).isEqualTo(shopFile.sum(OrderCsv.Order::total)
                .add(marketFile.sum(OrderCsv.Order::total))).isEqualTo("155.00");
        assertThat(customers.findByPhone(mobile)).contains(customer);

        assertThat(api.get(CUSTOMER_PAGE, "/api/customers?phone={p}", written).items())
                .extracting(CustomerSummary::id).containsExactly(customer.id());
        assertThat(api.get(CustomerProfile.class, "/api/customers/{id}", customer.id())).isEqualTo(customer);
    }

    @Test
    void shouldLetAnEmailOnlyOrderJoinTheCustomerWhoseEarlierOrderGaveThatEmailWithAPhone() {
        Channel channel = createChannel(channels, "email");
        String mobile = OrderCsv.newMobile();
        String email = OrderCsv.newEmail("sun.li");
        OrderCsv first = new OrderCsv().order("E-1", "2024-02-10 09:00:00", new Buyer(null, "孙丽", mobile, email),
                "0.00", "0.00", line("X", 1, "10.00", "0.00"));
        OrderCsv later = new OrderCsv().order("E-2", "2024-02-11 09:00:00", new Buyer(null, "孙丽", null, email.toUpperCase()),
                "0.00", "0.00", line("X", 2, "10.00", "0.00"));
        assertThat(importFile(imports, channel, first).status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(importFile(imports, channel, later).status()).isEqualTo(ImportStatus.COMPLETED);

        CustomerProfile byEmail = customers.findByEmail(" " + email.toUpperCase() + " ").orElseThrow();

        assertThat(customers.findByPhone(mobile)).contains(byEmail);
        assertThat(byEmail.orderCount()).isEqualTo(2);
        assertThat(byEmail.netSpend()).isEqualTo("30.00");
        assertThat(byEmail.identities())
                .extracting(CustomerIdentityView::kind, CustomerIdentityView::value)
                .containsExactlyInAnyOrder(tuple(IdentityKind.MOBILE, mobile), tuple(IdentityKind.EMAIL, email));
        assertThat(api.get(CUSTOMER_PAGE, "/api/customers?email={e}", email.toUpperCase()).items())
                .extracting(CustomerSummary::id).containsExactly(byEmail.id());
    }

    @Test
    void shouldFindCustomersByPartOfTheirNameOrPhone() {
        Channel channel = createChannel(channels, "find");
        String surname = "欧阳" + UUID.randomUUID().toString().substring(0, 6);
        String firstMobile = OrderCsv.newMobile();
        String secondMobile = OrderCsv.newMobile();
        OrderCsv file = new OrderCsv()
                .order("F-1", "2024-02-20 09:00:00", new Buyer(null, surname + "娜", firstMobile, null), "0.00", "0.00",
                        line("X", 1, "10.00", "0.00"))
                .order("F-2", "2024-02-20 10:00:00", new Buyer(null, surname + "峰", secondMobile, null), "0.00", "0.00",
                        line("X", 1, "10.00", "0.00"));
        assertThat(importFile(imports, channel, file).status()).isEqualTo(ImportStatus.COMPLETED);
        long firstId = customers.findByPhone(firstMobile).orElseThrow().id();
        long secondId = customers.findByPhone(secondMobile).orElseThrow().id();
        String phoneEnd = firstMobile.substring(3, 7) + "-" + firstMobile.substring(7);

        PageResult<CustomerSummary> byName = customers.search(surname, 0, 10);
        PageResult<CustomerSummary> byPhone = customers.search(phoneEnd, 0, 10);

        assertThat(byName.total()).isEqualTo(2);
        assertThat(byName.items()).extracting(CustomerSummary::id)
                .containsExactly(Math.max(firstId, secondId), Math.min(firstId, secondId));
        assertThat(byPhone.items()).extracting(CustomerSummary::id).containsExactly(firstId);
        assertThat(customers.search("%", 0, 1).items()).isEmpty();
        assertThat(api.get(CUSTOMER_PAGE, "/api/customers?q={q}&size=1&page=1", surname))
                .isEqualTo(new PageResult<>(byName.items().subList(1, 2), 2, 1, 1));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownCustomerAndNobodyForAnUnknownPhone() {
        assertThat(api.getProblem("/api/customers/{id}", Long.MAX_VALUE).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(customers.findByPhone("not a phone")).isEmpty();
        assertThat(api.get(CUSTOMER_PAGE, "/api/customers?phone={p}", "13000000000").items()).isEmpty();
        assertThat(api.getProblem("/api/customers?phone={p}&q={q}", "13000000000", "x").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
