package com.tierflow.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierflow.delivery.ChangeAction;
import com.tierflow.shared.RejectedRequestException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void shouldReadChineseHeadersBehindABomWithSpreadsheetRowNumbers() {
        byte[] file = "\uFEFF订单号,快递公司,快递单号,备注\nA-1,顺丰,SF001,x\n\nA-2,中通, ZT002 ,\n"
                .getBytes(StandardCharsets.UTF_8);

        List<CsvTable.Row> rows = CsvTable.read(file, StandardCharsets.UTF_8, ',', ShipmentIntake.COLUMNS, List.of("order_no", "carrier",
                "tracking_no"));

        assertThat(rows).extracting(CsvTable.Row::rowNumber).containsExactly(2L, 4L);
        assertThat(rows.get(1).get("order_no")).isEqualTo("A-2");
        assertThat(rows.get(1).get("tracking_no")).isEqualTo("ZT002");
        assertThat(rows.get(0).get("carrier")).isEqualTo("顺丰");
    }

    @Test
    void shouldReadTheChannelsEncodingAndDelimiter() {
        byte[] file = "订单号;快递公司;快递单号\nA-1;顺丰;SF001\n".getBytes(Charset.forName("GBK"));

        List<CsvTable.Row> rows = CsvTable.read(file, Charset.forName("GBK"), ';',
                ShipmentIntake.COLUMNS, List.of("order_no", "carrier", "tracking_no"));

        assertThat(rows).singleElement().extracting(row -> row.get("carrier")).isEqualTo("顺丰");
    }

    @Test
    void shouldRefuseAFileWithoutTheRequiredColumns() {
        byte[] file = "order_no,carrier\nA-1,SF\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvTable.read(file, StandardCharsets.UTF_8, ',', ShipmentIntake.COLUMNS, List.of("order_no", "carrier",
                "tracking_no")))
                .isInstanceOf(RejectedRequestException.class).hasMessageContaining("tracking_no");
    }

    @Test
    void shouldUnderstandActionsInEnglishAndChinese() {
        assertThat(OrderChangeDesk.actionOf("update address")).isEqualTo(ChangeAction.UPDATE_ADDRESS);
        assertThat(OrderChangeDesk.actionOf("退货")).isEqualTo(ChangeAction.RETURN);
        assertThat(OrderChangeDesk.actionOf(" cancel ")).isEqualTo(ChangeAction.CANCEL);
        assertThatThrownBy(() -> OrderChangeDesk.actionOf("delete"))
                .isInstanceOf(RejectedRequestException.class).hasMessageContaining("Unknown action 'delete'");
    }
}
