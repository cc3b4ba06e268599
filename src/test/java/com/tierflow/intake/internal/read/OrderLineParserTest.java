package com.tierflow.intake.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.tierflow.intake.FileType;
import com.tierflow.intake.FormatProfile;
import com.tierflow.intake.OrderField;
import com.tierflow.intake.ProblemReason;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderLineParserTest {

    private static final FormatProfile PROFILE = new FormatProfile(FileType.CSV, "UTF-8", ',',
            List.of("yyyy-MM-dd HH:mm:ss", "yyyy/MM/dd"), "Asia/Shanghai", Map.of("买家手机", OrderField.PHONE));
    private final OrderLineParser parser = new OrderLineParser(7, PROFILE);

    @Test
    void shouldNormaliseAValidRow() {
        ParsedRow row = parser.parse(row(Map.of(OrderField.ORDER_NO, " T1 ", OrderField.ORDERED_AT, "2026-01-02 10:00:00",
                OrderField.PHONE, "+86 138-0013-8000", OrderField.EMAIL, " Li@Example.COM", OrderField.CUSTOMER_ID, "c9",
                OrderField.SKU, "S1", OrderField.QUANTITY, "2.0", OrderField.UNIT_PRICE, "¥1,234.5",
                OrderField.CUSTOMER_NAME, "王\u0007伟")));

        assertThat(row.isValid()).isTrue();
        StagedLine line = row.line();
        assertThat(line.orderNo()).isEqualTo("T1");
        assertThat(line.orderedAt()).isEqualTo(Instant.parse("2026-01-02T02:00:00Z"));
        assertThat(line.customerIdentity()).isEqualTo("M:13800138000");
        assertThat(line.aliasIdentity()).isEqualTo("A:7:c9");
        assertThat(line.email()).isEqualTo("li@example.com");
        assertThat(line.quantity()).isEqualTo(2);
        assertThat(line.unitPrice()).isEqualByComparingTo("1234.50");
        assertThat(line.lineDiscount()).isEqualByComparingTo("0");
        assertThat(line.customerName()).isEqualTo("王 伟");
    }

    @Test
    void shouldNameEveryProblemOfARowWithItsColumn() {
        ParsedRow row = parser.parse(row(Map.of(OrderField.ORDER_NO, "T\u00012", OrderField.ORDERED_AT, "2026-02-30 10:00:00",
                OrderField.PHONE, "12345", OrderField.SKU, "S\uFFFD", OrderField.QUANTITY, "0",
                OrderField.UNIT_PRICE, "1.2E3", OrderField.LINE_DISCOUNT, "-1")));

        assertThat(row.isValid()).isFalse();
        assertThat(row.problems()).extracting(RowProblem::column, RowProblem::reason).containsExactlyInAnyOrder(
                tuple("order_no", ProblemReason.BAD_CHARACTER),
                tuple("ordered_at", ProblemReason.BAD_DATE),
                tuple("phone", ProblemReason.BAD_PHONE),
                tuple("sku", ProblemReason.BAD_ENCODING),
                tuple("quantity", ProblemReason.BAD_QUANTITY),
                tuple("unit_price", ProblemReason.BAD_NUMBER),
                tuple("line_discount", ProblemReason.NEGATIVE_AMOUNT));
        assertThat(row.problems()).allSatisfy(p -> assertThat(p.rowNumber()).isEqualTo(5));
    }

    @Test
    void shouldFallBackToEmailThenChannelCustomerIdAsTheCustomersKey() {
        Map<OrderField, String> base = Map.of(OrderField.ORDER_NO, "T", OrderField.ORDERED_AT, "2026/01/02",
                OrderField.SKU, "S", OrderField.QUANTITY, "1", OrderField.UNIT_PRICE, "1");
        assertThat(parser.parse(row(with(base, OrderField.EMAIL, "a@b.cn"))).line().customerIdentity()).isEqualTo("E:a@b.cn");
        assertThat(parser.parse(row(with(base, OrderField.CUSTOMER_ID, "x"))).line().customerIdentity()).isEqualTo("A:7:x");
        assertThat(parser.parse(row(base)).problems()).extracting(RowProblem::reason)
                .containsExactly(ProblemReason.NO_CUSTOMER_IDENTITY);
    }

    @Test
    void shouldRefuseADiscountLargerThanTheLine() {
        ParsedRow row = parser.parse(row(Map.of(OrderField.ORDER_NO, "T", OrderField.ORDERED_AT, "2026/01/02",
                OrderField.PHONE, "13800138000", OrderField.SKU, "S", OrderField.QUANTITY, "2",
                OrderField.UNIT_PRICE, "5", OrderField.LINE_DISCOUNT, "10.01")));

        assertThat(row.problems()).extracting(RowProblem::reason).containsExactly(ProblemReason.TOTAL_MISMATCH);
    }

    @Test
    void shouldGiveTheSameLineTheSameHashAndAChangedLineAnother() {
        Map<OrderField, String> values = Map.of(OrderField.ORDER_NO, "T", OrderField.ORDERED_AT, "2026/01/02",
                OrderField.PHONE, "13800138000", OrderField.SKU, "S", OrderField.QUANTITY, "2", OrderField.UNIT_PRICE, "5");

        long hash = parser.parse(row(values)).line().lineHash();

        assertThat(parser.parse(row(values)).line().lineHash()).isEqualTo(hash);
        assertThat(parser.parse(row(with(values, OrderField.QUANTITY, "3"))).line().lineHash()).isNotEqualTo(hash);
        assertThat(hash).isLessThan(1L << 48);
    }

    @Test
    void shouldMapHeadersByCanonicalNameCommonAliasAndChannelAlias() {
        HeaderMapping mapping = HeaderMapping.forProfile(PROFILE);

        OrderField[] columns = mapping.mapColumns(List.of("Order No", "下单时间", "买家手机", "商品编码", "QTY", "单价", "备注"));

        assertThat(columns).containsExactly(OrderField.ORDER_NO, OrderField.ORDERED_AT, OrderField.PHONE, OrderField.SKU,
                OrderField.QUANTITY, OrderField.UNIT_PRICE, null);
        assertThatThrownBy(() -> mapping.mapColumns(List.of("订单号", "订单编号", "下单时间", "商品编码", "数量", "单价")))
                .hasMessageContaining("both mean order_no");
    }

    private static SourceRow row(Map<OrderField, String> values) {
        return new SourceRow(5, new EnumMap<>(values), OriginalValues.text("original"), null);
    }

    private static Map<OrderField, String> with(Map<OrderField, String> base, OrderField field, String value) {
        Map<OrderField, String> copy = new EnumMap<>(base);
        copy.put(field, value);
        return copy;
    }
}
