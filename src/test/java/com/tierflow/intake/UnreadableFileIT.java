package com.tierflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Files that cannot be imported at all fail with one sentence a clerk can act on, and leave nothing behind. */
@IntegrationTest
class UnreadableFileIT {

    @Autowired IntakeFixtures fixtures;
    @Autowired ImportService imports;
    @Autowired JdbcTemplate jdbc;

    @Test
    void shouldRefuseAnEmptyFile() {
        assertFailsWith(csvChannel(), "empty.csv", new byte[0], "The file is empty.");
    }

    @Test
    void shouldNameTheMissingRequiredColumns() {
        ImportRecord record = assertFailsWith(csvChannel(), "no-sku.csv",
                "订单号,下单时间,手机号,数量,单价\nA1,2026-01-01 10:00:00,13800138000,1,10.00\n".getBytes(StandardCharsets.UTF_8),
                "lacks required columns: sku");
        assertThat(record.message()).contains("'订单号'");
    }

    @Test
    void shouldSuggestTheDelimiterTheFileReallyUses() {
        assertFailsWith(csvChannel(), "semicolons.csv",
                "order_no;ordered_at;phone;sku;quantity;unit_price\nA1;2026-01-01 10:00:00;13800138000;S;1;1\n"
                        .getBytes(StandardCharsets.UTF_8),
                "looks separated by ';'");
    }

    @Test
    void shouldRecogniseAPdfRenamedToCsv() {
        assertFailsWith(csvChannel(), "orders.csv", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1),
                "is a PDF document");
    }

    @Test
    void shouldRefuseACorruptWorkbook() throws Exception {
        Channel channel = fixtures.channel("XBAD", FileType.XLSX, "UTF-8", ',');
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        assertFailsWith(channel, "orders.xlsx", zip.toByteArray(), "not a valid .xlsx");
    }

    @Test
    void shouldRefuseAZipBombWorkbook() throws Exception {
        Channel channel = fixtures.channel("XBOMB", FileType.XLSX, "UTF-8", ',');
        assertFailsWith(channel, "bomb.xlsx", zipBomb(), "zip bomb");
    }

    /** A real workbook whose sheet XML is padded with 200 MB of spaces: about 200 KB compressed. */
    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("orders").createRow(0).createCell(0).setCellValue("order_no");
            workbook.write(plain);
        }
        return ZipBombs.of(plain.toByteArray());
    }

    @Test
    void shouldRefuseTextSentToAnExcelChannel() {
        Channel channel = fixtures.channel("XTXT", FileType.XLSX, "UTF-8", ',');
        assertFailsWith(channel, "orders.xlsx", "order_no,sku\n".getBytes(StandardCharsets.UTF_8), "plain text");
    }

    @Test
    void shouldAcceptTheSameFileAgainAfterItFailed() {
        Channel channel = csvChannel();
        byte[] noSku = "order_no,ordered_at,phone,quantity,unit_price\n".getBytes(StandardCharsets.UTF_8);
        assertFailsWith(channel, "a.csv", noSku, "lacks required columns");

        ImportRecord again = fixtures.awaitFinished(fixtures.submit(channel, "a.csv", noSku).id());

        assertThat(again.status()).as("a failed file holds no claim on its content").isEqualTo(ImportStatus.FAILED);
    }

    private Channel csvChannel() {
        return fixtures.channel("UNR", FileType.CSV, "UTF-8", ',');
    }

    private ImportRecord assertFailsWith(Channel channel, String name, byte[] content, String messagePart) {
        ImportRecord record = fixtures.awaitFinished(fixtures.submit(channel, name, content).id());
        assertThat(record.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(record.message()).contains(messagePart).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(imports.problems(record.id(), 0, 10)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from import_line where import_id = ?", Long.class, record.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from sales_order where import_id = ?", Long.class, record.id())).isZero();
        return record;
    }
}
