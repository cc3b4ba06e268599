package com.tierflow.intake.internal.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.intake.internal.merge.CustomerPlan.NewCustomer;
import com.tierflow.intake.internal.read.OrderGroup;
import com.tierflow.intake.internal.read.StagedLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerPlanTest {

    @Test
    void shouldBringAnOrdersEmailAndChannelIdToTheCustomerItsPhoneLeadsTo() {
        NewOrder order = order("O1", "13800138000", "wang@example.com", "c7");

        CustomerPlan plan = CustomerPlan.plan(List.of(order), Map.of("M:13800138000", 42L));

        assertThat(plan.newCustomers()).isEmpty();
        assertThat(plan.keysToAdd(Map.of())).containsExactly(Map.entry("A:1:c7", 42L), Map.entry("E:wang@example.com", 42L));
        assertThat(plan.customerOf(order, Map.of())).isEqualTo(42L);
    }

    @Test
    void shouldMakeOneCustomerForOrdersThatShareANewPhone() {
        NewOrder first = order("O1", "13800138000", null, null);
        NewOrder second = order("O2", "13800138000", null, null);

        CustomerPlan plan = CustomerPlan.plan(List.of(first, second), Map.of());
        Map<Long, Long> ids = created(plan);

        assertThat(plan.newCustomers()).extracting(NewCustomer::primaryIdentity).containsExactly("M:13800138000");
        assertThat(plan.customerOf(first, ids)).isEqualTo(plan.customerOf(second, ids));
    }

    @Test
    void shouldNotMakeACustomerOfAChannelIdThatAnotherOrderBringsNextToAPhone() {
        NewOrder aliasOnly = order("O1", null, null, "c7");
        NewOrder withPhone = order("O2", "13800138000", null, "c7");

        CustomerPlan plan = CustomerPlan.plan(List.of(aliasOnly, withPhone), Map.of());
        Map<Long, Long> ids = created(plan);

        assertThat(plan.newCustomers()).extracting(NewCustomer::primaryIdentity).containsExactly("M:13800138000");
        assertThat(plan.customerOf(aliasOnly, ids)).isEqualTo(plan.customerOf(withPhone, ids));
        assertThat(plan.keysToAdd(ids)).extracting(Map.Entry::getKey).containsExactly("A:1:c7", "M:13800138000");
    }

    @Test
    void shouldFollowAChainFromChannelIdThroughEmailToPhone() {
        NewOrder aliasOnly = order("O1", null, null, "c7");
        NewOrder emailAndAlias = order("O2", null, "li@example.com", "c7");
        NewOrder phoneAndEmail = order("O3", "13900139000", "li@example.com", null);

        CustomerPlan plan = CustomerPlan.plan(List.of(aliasOnly, emailAndAlias, phoneAndEmail), Map.of());
        Map<Long, Long> ids = created(plan);

        assertThat(plan.newCustomers()).extracting(NewCustomer::primaryIdentity).containsExactly("M:13900139000");
        assertThat(List.of(aliasOnly, emailAndAlias, phoneAndEmail)).extracting(o -> plan.customerOf(o, ids))
                .containsOnly(ids.values().iterator().next());
    }

    @Test
    void shouldKeepTwoPhonesApartEvenWhenTheyShareAnEmail() {
        NewOrder first = order("O1", "13800138000", "shared@example.com", null);
        NewOrder second = order("O2", "13900139000", "shared@example.com", null);

        CustomerPlan plan = CustomerPlan.plan(List.of(first, second), Map.of());
        Map<Long, Long> ids = created(plan);

        assertThat(plan.newCustomers()).hasSize(2);
        assertThat(plan.customerOf(first, ids)).isNotEqualTo(plan.customerOf(second, ids));
    }

    /** Pretends the database created the planned customers with ids 1000, 1001, ... */
    private static Map<Long, Long> created(CustomerPlan plan) {
        Map<Long, Long> ids = new HashMap<>();
        long next = 1000;
        for (NewCustomer customer : plan.newCustomers()) {
            ids.put(customer.placeholder(), next++);
        }
        return ids;
    }

    private static NewOrder order(String orderNo, String phone, String email, String channelCustomerId) {
        String alias = channelCustomerId == null ? null : "A:1:" + channelCustomerId;
        String identity = phone != null ? "M:" + phone : email != null ? "E:" + email : alias;
        StagedLine line = new StagedLine(1, orderNo, Instant.parse("2026-03-01T02:00:00Z"), identity, alias, null, phone,
                email, null, null, null, "S1", null, null, 1, new BigDecimal("10.00"), new BigDecimal("0.00"), null, null,
                null, null, null, 7);
        return NewOrder.of(new OrderGroup(orderNo, List.of(line), new long[0], List.of(), 0, 1, false));
    }
}
