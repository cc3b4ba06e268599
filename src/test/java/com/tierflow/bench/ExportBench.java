package com.tierflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelDraft;
import com.tierflow.intake.ChannelKind;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.FileType;
import com.tierflow.report.ReportParameters;
import com.tierflow.report.ReportRecord;
import com.tierflow.report.ReportRequest;
import com.tierflow.report.ReportService;
import com.tierflow.report.ReportStatus;
import com.tierflow.report.Requester;
import com.tierflow.support.Await;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Suite "export" (run with -Dbench.heap=256m): the 1,000,000-row order-detail report (summary sheet, styles, formats,
 * masking, formula neutralisation, progress, archive) against a bare SXSSF write of the same rows in the same run: the
 * same query through the same kind of cursor into plain cells, without styles, masking or checks. The report runs
 * first, so JIT warm-up favours the baseline.
 */
@SpringBootTest
@ContextConfiguration(initializers = BenchDatabaseInitializer.class)
class ExportBench {

    private static final int ORDERS = Integer.getInteger("bench.export-orders", 500_000);
    private static final int LINES_PER_ORDER = 2;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 12, 31);
    private static final String BASELINE_QUERY = """
            select c.code, o.channel_order_no, o.ordered_at, o.status, o.customer_name, o.phone, o.email,
                   o.province, o.city, l.sku, l.product_name, l.category, l.quantity, l.unit_price, l.line_discount,
                   l.line_amount, o.order_discount, o.shipping_fee, o.total_amount, o.payment_method, o.coupon_code
              from sales_order o
              join order_line l on l.order_id = o.id
              join channel c on c.id = o.channel_id
             where o.ordered_at >= ? and o.ordered_at < ? and c.code in (?)
             order by o.ordered_at, o.id, l.line_no""";

    @Autowired ChannelService channels;
    @Autowired ReportService reports;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @TempDir Path dir;

    @Test
    void exportSuite() throws Exception {
        assumeTrue(BenchReport.isSelected("export"), "suite 'export' not selected");
        long heapCap = BenchReport.heapCapMb();
        assertThat(heapCap).as("run the export suite with -Dbench.heap=256m").isLessThanOrEqualTo(256);
        Channel channel = channels.create(new ChannelDraft("BENCHEXP", "BENCHEXP", ChannelKind.MARKETPLACE, true,
                FileType.CSV, "UTF-8", ",", List.of("yyyy-MM-dd HH:mm:ss"), "Asia/Shanghai", Map.of()));
        long expectedRows = load(channel);

        long start = System.nanoTime();
        ReportRecord queued = reports.request(new ReportRequest("order-detail",
                ReportParameters.window(FROM, TO).withChannels(List.of(channel.code())), "zh"),
                new Requester("bench", false));
        ReportRecord done = Await.until(() -> reports.get(queued.id()), r -> r.status().isFinished(), Duration.ofMinutes(30));
        double exportSeconds = (System.nanoTime() - start) / 1e9;
        // a benchmark of a wrong result measures nothing
        assertThat(done.status()).as(done.message()).isEqualTo(ReportStatus.COMPLETED);
        assertThat(done.rowCount()).isEqualTo(expectedRows);

        start = System.nanoTime();
        long baselineRows = bareSxssf(channel.code(), dir.resolve("bare.xlsx"));
        double sxssfSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(baselineRows).isEqualTo(expectedRows);

        new BenchReport("export")
                .put("rows", expectedRows)
                .put("export_s", exportSeconds)
                .put("export_rows_per_s", expectedRows / exportSeconds)
                .put("export_file_mb", done.sizeBytes() / (1024.0 * 1024.0))
                .put("sxssf_s", sxssfSeconds)
                .put("sxssf_rows_per_s", baselineRows / sxssfSeconds)
                .put("sxssf_file_mb", Files.size(dir.resolve("bare.xlsx")) / (1024.0 * 1024.0))
                .put("export_vs_sxssf", sxssfSeconds / exportSeconds)
                .put("export_heap_cap_mb", heapCap)
                .write();
    }

    /** Customers, orders and lines in three set-based statements; a few names are formula payloads. */
    private long load(Channel channel) {
        long channelId = jdbc.queryForObject("select id from channel where code = ?", Long.class, channel.code());
        int customers = Math.max(1, ORDERS / 5);
        jdbc.update("""
                insert into customer (primary_identity, name, phone, email, province, city, created_at)
                select 'M:139' || lpad(g::text, 8, '0'),
                       case when g % 1000 = 0 then '=cmd|'' /C calc''!A0' else '客户' || g end,
                       '139' || lpad(g::text, 8, '0'),
                       case when g % 3 = 0 then 'buyer' || g || '@example.cn' end,
                       (array['浙江省', '广东省', '江苏省', '上海市'])[1 + g % 4],
                       (array['杭州市', '深圳市', '南京市', '上海市'])[1 + g % 4], now()
                  from generate_series(1, ?) g""", customers);
        jdbc.update("""
                insert into sales_order (channel_id, channel_order_no, customer_id, import_id, status, ordered_at,
                       goods_amount, line_discount, order_discount, shipping_fee, total_amount, declared_total, line_count,
                       customer_name, phone, email, province, city, address, payment_method, coupon_code, content_hash,
                       created_at)
                select ?, 'BX' || lpad(g::text, 8, '0'), c.id, 0, 'IMPORTED',
                       timestamp with time zone '2024-01-01 00:00:00+08' + g * interval '20 seconds',
                       300.00, 2.00, case when g % 4 = 0 then 5.00 else 0 end, 8.00,
                       306.00 - case when g % 4 = 0 then 5.00 else 0 end, null, 2,
                       c.name, c.phone, c.email, c.province, c.city, '文一西路' || g || '号',
                       case when g % 2 = 0 then '支付宝' else '微信支付' end,
                       case when g % 10 = 0 then 'CPN' || g end, g, now()
                  from generate_series(1, ?) g
                  join customer c on c.primary_identity = 'M:139' || lpad((1 + g % ?)::text, 8, '0')""",
                channelId, ORDERS, customers);
        jdbc.update("""
                insert into order_line (order_id, line_no, source_row, sku, product_name, category, quantity, unit_price,
                       line_discount, line_amount)
                select o.id, l, o.id * 2 + l, 'SKU-' || (o.id % 500), '商品' || (o.id % 500),
                       (array['数码', '服饰', '食品', '美妆', '家居'])[1 + o.id % 5], 1 + l, 100.00, 1.00,
                       (1 + l) * 100.00 - 1.00
                  from sales_order o cross join generate_series(1, ?) l
                 where o.channel_id = ?""", LINES_PER_ORDER, channelId);
        jdbc.execute("analyze customer");
        jdbc.execute("analyze sales_order");
        jdbc.execute("analyze order_line");
        return (long) ORDERS * LINES_PER_ORDER;
    }

    private long bareSxssf(String channelCode, Path file) throws Exception {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, false, false);
        long rows = 0;
        try (Connection connection = dataSource.getConnection();
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            connection.setAutoCommit(false);
            Sheet sheet = workbook.createSheet("rows");
            try (PreparedStatement statement = connection.prepareStatement(BASELINE_QUERY, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(2_000);
                statement.setTimestamp(1, Timestamp.from(FROM.atStartOfDay(ZONE).toInstant()));
                statement.setTimestamp(2, Timestamp.from(TO.plusDays(1).atStartOfDay(ZONE).toInstant()));
                statement.setString(3, channelCode);
                try (ResultSet rs = statement.executeQuery()) {
                    Row header = sheet.createRow(0);
                    for (int i = 0; i < 21; i++) {
                        header.createCell(i).setCellValue("c" + i);
                    }
                    while (rs.next()) {
                        Row row = sheet.createRow((int) ++rows);
                        row.createCell(0).setCellValue(rs.getString(1));
                        row.createCell(1).setCellValue(rs.getString(2));
                        row.createCell(2).setCellValue(rs.getTimestamp(3).toInstant().atZone(ZONE).toLocalDateTime());
                        for (int i = 3; i < 12; i++) {
                            String value = rs.getString(i + 1);
                            if (value != null) {
                                row.createCell(i).setCellValue(value);
                            }
                        }
                        row.createCell(12).setCellValue(rs.getInt(13));
                        for (int i = 13; i < 19; i++) {
                            row.createCell(i).setCellValue(rs.getBigDecimal(i + 1).doubleValue());
                        }
                        for (int i = 19; i < 21; i++) {
                            String value = rs.getString(i + 1);
                            if (value != null) {
                                row.createCell(i).setCellValue(value);
                            }
                        }
                    }
                }
            }
            connection.commit();
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
        return rows;
    }
}
