package com.tierflow.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.tierflow.demo.FileFormat;
import com.tierflow.demo.GeneratedFile;
import com.tierflow.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class OrderImportIT {

    private static final Charset GBK = Charset.forName("GBK");

    @Autowired IntakeFixtures fixtures;
    @Autowired ImportService imports;
    @Autowired JdbcTemplate jdbc;
    @TempDir Path dir;

    @Test
    void shouldImportEveryGoodRowOfAGeneratedCsvAndReportEachBadOne() {
        Channel channel = fixtures.channel("CSV", FileType.CSV, "UTF-8", ',');
        GeneratedFile file = fixtures.generate(IntakeFixtures.spec(channel, 3_000, 11, FileFormat.CSV)
                .withEncoding(StandardCharsets.UTF_8, true).withBadRowShare(0.02), dir);

        ImportRecord record = fixtures.importFile(channel, file.path());

        assertThat(record.status()).isEqualTo(ImportStatus.COMPLETED_WITH_ERRORS);
        assertImportedExactly(channel, record, file);
        List<Long> reportedRows = jdbc.queryForList(
                "select distinct row_no from import_error where import_id = ? order by row_no", Long.class, record.id());
        assertThat(reportedRows).containsAll(file.badRowNumbers());
        assertThat(reportedRows).hasSize((int) (file.rows() - file.goodRows()));
    }

    @Test
    void shouldReadGbkEncodedCsvWithChineseHeadersAndSemicolons() {
        Channel channel = fixtures.channel("GBK", FileType.CSV, "GBK", ';');
        GeneratedFile file = fixtures.generate(IntakeFixtures.spec(channel, 800, 12, FileFormat.CSV)
                .withEncoding(GBK, false).withDelimiter(';').withChineseHeaders(true).withBadRowShare(0), dir);

        ImportRecord record = fixtures.importFile(channel, file.path());

        assertThat(record.status()).isEqualTo(ImportStatus.COMPLETED);
        assertImportedExactly(channel, record, file);
        assertThat(jdbc.queryForObject("select count(*) from sales_order where channel_id = ? and province like '%省'",
                Long.class, channel.id())).isPositive();
    }

    @Test
    void shouldStreamAnXlsxWorkbook() {
        Channel channel = fixtures.channel("XLS", FileType.XLSX, "UTF-8", ',');
        GeneratedFile file = fixtures.generate(IntakeFixtures.spec(channel, 1_500, 13, FileFormat.XLSX)
                .withChineseHeaders(true).withBadRowShare(0.01), dir);

        ImportRecord record = fixtures.importFile(channel, file.path());

        assertImportedExactly(channel, record, file);
    }

    @Test
    void shouldImportJsonLinesAndReportABrokenLine() throws Exception {
        Channel channel = fixtures.channel("JSL", FileType.JSONL, "UTF-8", ',');
        GeneratedFile file = fixtures.generate(IntakeFixtures.spec(channel, 600, 14, FileFormat.JSONL)
                .withChineseHeaders(false).withBadRowShare(0), dir);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file.path()));
        String lastOrderLine = lines.get(lines.size() - 1);
        lines.add("{\"order_no\": \"BROKEN-1\", \"quantity\": ");
        Path withBrokenLine = Files.write(dir.resolve("broken.jsonl"), lines);

        ImportRecord record = fixtures.importFile(channel, withBrokenLine);

        assertThat(record.rowsRead()).isEqualTo(601);
        assertThat(record.rowsImported()).isEqualTo(file.goodRows());
        assertThat(imports.problems(record.id(), 0, 10))
                .extracting(ImportProblem::rowNumber, ImportProblem::reason)
                .containsExactly(tuple(601L, ProblemReason.MALFORMED_ROW));
        assertThat(lastOrderLine).isNotBlank();
    }

    @Test
    void shouldNameRowColumnAndReasonOfEachBadRow() {
        Channel channel = fixtures.channel("BAD", FileType.CSV, "UTF-8", ',');
        String csv = """
                订单号,下单时间,手机号,邮箱,商品编码,数量,单价,优惠金额,运费,订单总额
                A1,2026-01-02 10:00:00,13800138000,,SKU1,2,100.00,10.00,8.00,198.00
                A2,2026-13-02 10:00:00,13900139000,,SKU1,1,100.00,0,0,100.00
                A3,2026-01-03 11:00:00,,a@example.com,SKU3,abc,20.00,0,0,20.00
                A4,2026-01-03 12:00:00,12345,,SKU3,1,20.00,0,0,20.00
                A5,2026-01-03 12:00:00,13700137000,,SKU3,-2,20.00,0,0,20.00
                A6,2026-01-03 12:00:00,13700137000,,,1,20.00,0,0,20.00
                A7,2026/01/04 09:30,+86 137-0013-7000,,SKU4,1,"¥1,234.50",0,0,1234.50
                A8,2026-01-04 09:30:00,13700137000,,SKU4,1,30.00,0,0,31.00
                A9,2026-01-04 09:30:00,,,SKU4,1,30.00,0,0,30.00
                """;

        ImportRecord record = fixtures.awaitFinished(fixtures.submit(channel, "bad.csv", csv.getBytes(StandardCharsets.UTF_8)).id());

        assertThat(record.rowsRead()).isEqualTo(9);
        assertThat(record.ordersImported()).isEqualTo(2);
        assertThat(record.rowsSkipped()).isEqualTo(7);
        assertThat(imports.problems(record.id(), 0, 100))
                .extracting(ImportProblem::rowNumber, ImportProblem::column, ImportProblem::reason)
                .containsExactly(
                        tuple(3L, "ordered_at", ProblemReason.BAD_DATE),
                        tuple(4L, "quantity", ProblemReason.BAD_QUANTITY),
                        tuple(5L, "phone", ProblemReason.BAD_PHONE),
                        tuple(6L, "quantity", ProblemReason.BAD_QUANTITY),
                        tuple(7L, "sku", ProblemReason.MISSING_VALUE),
                        tuple(9L, "order_total", ProblemReason.TOTAL_MISMATCH),
                        tuple(10L, "phone", ProblemReason.NO_CUSTOMER_IDENTITY));
        assertThat(imports.problems(record.id(), 0, 100).get(0).originalValues()).contains("下单时间=2026-13-02 10:00:00");
        // "¥1,234.50" and a +86 number with dashes are the same as their plain forms
        assertThat(jdbc.queryForObject("select total_amount from sales_order where channel_id = ? and channel_order_no = 'A7'",
                BigDecimal.class, channel.id())).isEqualByComparingTo("1234.50");
        assertThat(jdbc.queryForObject("select count(distinct customer_id) from sales_order where channel_id = ?",
                Long.class, channel.id())).isEqualTo(2);
    }

    @Test
    void shouldRecogniseTheSameFilePushedTwice() {
        Channel channel = fixtures.channel("DUP", FileType.CSV, "UTF-8", ',');
        GeneratedFile file = fixtures.generate(IntakeFixtures.spec(channel, 200, 15, FileFormat.CSV).withBadRowShare(0), dir);

        ImportRecord first = fixtures.importFile(channel, file.path());
        ImportRecord second = fixtures.importFile(channel, file.path());

        assertThat(second.status()).isEqualTo(ImportStatus.DUPLICATE_FILE);
        assertThat(second.duplicateOf()).isEqualTo(first.id());
        assertThat(second.message()).contains("#" + first.id());
        assertThat(orderCount(channel)).isEqualTo(file.goodOrders());
    }

    @Test
    void shouldNotDuplicateKnownOrdersAndReportChangedOnesAsConflicts() {
        Channel channel = fixtures.channel("RPT", FileType.CSV, "UTF-8", ',');
        String header = "order_no,ordered_at,phone,sku,quantity,unit_price,order_total\n";
        String first = header + "R1,2026-02-01 10:00:00,13800138001,S1,1,10.00,10.00\n"
                + "R2,2026-02-01 11:00:00,13800138002,S1,2,10.00,20.00\n";
        String second = header + "R1,2026-02-01 10:00:00,13800138001,S1,1,10.00,10.00\n"
                + "R2,2026-02-01 11:00:00,13800138002,S1,3,10.00,30.00\n"
                + "R3,2026-02-02 09:00:00,13800138003,S2,1,5.00,5.00\n";

        fixtures.awaitFinished(fixtures.submit(channel, "day1.csv", first.getBytes(StandardCharsets.UTF_8)).id());
        ImportRecord repush = fixtures.awaitFinished(fixtures.submit(channel, "day1-again.csv",
                second.getBytes(StandardCharsets.UTF_8)).id());

        assertThat(repush.status()).isEqualTo(ImportStatus.COMPLETED_WITH_ERRORS);
        assertThat(repush.ordersImported()).isEqualTo(1);
        assertThat(repush.ordersDuplicate()).isEqualTo(1);
        assertThat(repush.ordersConflict()).isEqualTo(1);
        assertThat(imports.problems(repush.id(), 0, 10))
                .extracting(ImportProblem::rowNumber, ImportProblem::reason)
                .containsExactly(tuple(3L, ProblemReason.ORDER_CONFLICT));
        assertThat(jdbc.queryForObject("select total_amount from sales_order where channel_id = ? and channel_order_no = 'R2'",
                BigDecimal.class, channel.id())).isEqualByComparingTo("20.00");
        assertThat(orderCount(channel)).isEqualTo(3);
    }

    @Test
    void shouldMergeOneCustomerAcrossChannelsByMobileAndKeepEachChannelsAlias() {
        Channel shop = fixtures.channel("SHP", FileType.CSV, "UTF-8", ',');
        Channel market = fixtures.channel("MKT", FileType.CSV, "UTF-8", ',');
        String shopFile = "order_no,ordered_at,customer_id,phone,email,sku,quantity,unit_price\n"
                + "S1,2026-03-01 10:00:00,shop-7,138 0013 8077,Wang@Example.com,S1,1,10.00\n";
        String marketFile = "order_no,ordered_at,customer_id,phone,email,sku,quantity,unit_price\n"
                + "M1,2026-03-02 10:00:00,mk-99,+8613800138077,,S1,1,10.00\n"
                + "M2,2026-03-03 10:00:00,mk-99,,,S1,1,10.00\n"
                + "M3,2026-03-04 10:00:00,,,wang@example.com,S1,1,10.00\n";

        fixtures.awaitFinished(fixtures.submit(shop, "s.csv", shopFile.getBytes(StandardCharsets.UTF_8)).id());
        fixtures.awaitFinished(fixtures.submit(market, "m.csv", marketFile.getBytes(StandardCharsets.UTF_8)).id());

        List<Long> customers = jdbc.queryForList("select distinct customer_id from sales_order where channel_id in (?, ?)",
                Long.class, shop.id(), market.id());
        assertThat(customers).hasSize(1);
        assertThat(jdbc.queryForList("select identity from customer_identity where customer_id = ? order by identity",
                String.class, customers.get(0)))
                .containsExactlyInAnyOrder("A:" + market.id() + ":mk-99", "A:" + shop.id() + ":shop-7", "E:wang@example.com",
                        "M:13800138077");
    }

    @Test
    void shouldKeepLedgerEntriesThatAddUpToEveryOrderAndToTheFile() {
        Channel channel = fixtures.channel("LED", FileType.CSV, "UTF-8", ',');
        GeneratedFile file = fixtures.generate(IntakeFixtures.spec(channel, 2_000, 16, FileFormat.CSV).withBadRowShare(0.01), dir);

        ImportRecord record = fixtures.importFile(channel, file.path());

        assertThat(record.ordersImported()).isEqualTo(file.goodOrders());
        assertThat(jdbc.queryForObject("select sum(amount) from ledger_entry where channel_id = ?", BigDecimal.class,
                channel.id())).isEqualByComparingTo(file.goodOrdersTotal());
        assertThat(jdbc.queryForObject("""
                select count(*) from sales_order o
                 where o.channel_id = ?
                   and o.total_amount <> (select sum(l.amount) from ledger_entry l where l.order_id = o.id)
                """, Long.class, channel.id())).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from sales_order o
                 where o.channel_id = ?
                   and o.goods_amount - o.line_discount <> (select sum(l.line_amount) from order_line l where l.order_id = o.id)
                """, Long.class, channel.id())).isZero();
    }

    private void assertImportedExactly(Channel channel, ImportRecord record, GeneratedFile file) {
        assertThat(record.rowsRead()).isEqualTo(file.rows());
        assertThat(record.rowsImported()).isEqualTo(file.goodRows());
        assertThat(record.ordersImported()).isEqualTo(file.goodOrders());
        assertThat(record.rowsSkipped()).isEqualTo(file.rows() - file.goodRows());
        assertThat(orderCount(channel)).isEqualTo(file.goodOrders());
        assertThat(jdbc.queryForObject("select count(*) from order_line l join sales_order o on o.id = l.order_id "
                + "where o.channel_id = ?", Long.class, channel.id())).isEqualTo(file.goodRows());
        assertThat(jdbc.queryForObject("select coalesce(sum(total_amount), 0) from sales_order where channel_id = ?",
                BigDecimal.class, channel.id())).isEqualByComparingTo(file.goodOrdersTotal());
        assertThat(jdbc.queryForObject("select count(*) from import_line where import_id = ?", Long.class, record.id()))
                .as("staging rows are cleared").isZero();
    }

    private long orderCount(Channel channel) {
        return jdbc.queryForObject("select count(*) from sales_order where channel_id = ?", Long.class, channel.id());
    }
}
