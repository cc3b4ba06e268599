package com.tierflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Broken, hostile and odd order files from src/test/resources/hostile/expectations.csv: each one either imports its
 * good rows and names every bad row's row, column and reason, or fails with one plain sentence; nothing is left behind.
 * Files too large (or too binary) to keep in git are generated here.
 */
@IntegrationTest
class HostileInputIT {

    private static final String CORPUS = "/hostile/";
    private static final String HEADER = "order_no,ordered_at,customer_id,customer_name,sku,quantity,unit_price";

    @Autowired IntakeFixtures fixtures;
    @Autowired ImportService imports;
    @Autowired JdbcTemplate jdbc;
    @TempDir Path dir;

    /** One manifest line; problems are "row:column:REASON" for finished imports, a message fragment for FAILED. */
    record Case(String file, FileType type, String encoding, char delimiter, ImportStatus status, long rowsImported,
                List<String> problems, String messagePart) {

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Case> corpus() throws IOException {
        try (InputStream in = HostileInputIT.class.getResourceAsStream(CORPUS + "expectations.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            return lines.stream().map(HostileInputIT::parse);
        }
    }

    private static Case parse(String line) {
        String[] f = line.split(";", 7);
        ImportStatus status = ImportStatus.valueOf(f[4]);
        boolean failed = status == ImportStatus.FAILED;
        List<String> problems = failed || f[6].isEmpty() ? List.of() : Arrays.stream(f[6].split("\\|")).sorted().toList();
        return new Case(f[0], FileType.valueOf(f[1]), f[2], f[3].charAt(0), status, Long.parseLong(f[5]), problems,
                failed ? f[6] : null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void shouldImportGoodRowsAndNameEveryProblem(Case hostile) throws Exception {
        Channel channel = fixtures.channel("HOS", hostile.type(), hostile.encoding(), hostile.delimiter());

        ImportRecord record = fixtures.awaitFinished(fixtures.submit(channel, hostile.file(), content(hostile.file())).id());

        assertThat(record.status()).as(record.message()).isEqualTo(hostile.status());
        assertThat(record.rowsImported()).as(record.message()).isEqualTo(hostile.rowsImported());
        assertThat(record.message()).doesNotContain("Exception").doesNotContainPattern("\\tat |\\bat [a-z]+\\.[a-z]+\\.");
        List<ImportProblem> problems = imports.problems(record.id(), 0, 1_000);
        if (hostile.status() == ImportStatus.FAILED) {
            assertThat(record.message()).contains(hostile.messagePart());
            assertThat(problems).isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from sales_order where import_id = ?", Long.class,
                    record.id())).isZero();
        } else {
            assertThat(problems.stream().map(p -> p.rowNumber() + ":" + (p.column() == null ? "" : p.column()) + ":"
                    + p.reason()).sorted().toList()).isEqualTo(hostile.problems());
            assertThat(problems).allSatisfy(p -> assertThat(p.message()).isNotBlank().doesNotContain("Exception"));
            assertThat(record.rowsRead()).as("every row read is accounted for")
                    .isEqualTo(record.rowsImported() + record.rowsSkipped() + record.rowsDuplicate() + record.rowsConflict());
        }
        assertThat(jdbc.queryForObject("select count(*) from import_line where import_id = ?", Long.class, record.id()))
                .isZero();
    }

    @Test
    void shouldStoreFormulaPayloadsAndSqlLookingTextVerbatim() throws Exception {
        Channel channel = fixtures.channel("HOSV", FileType.CSV, "UTF-8", ',');
        byte[] file = String.join("\n", HEADER,
                "V1,2026-01-05 10:00:00,C1,=cmd|' /C calc'!A0,SKU-1,1,10.00",
                "V2,2026-01-05 10:00:00,C2,'; drop table sales_order; --,SKU-2,1,10.00", "").getBytes(StandardCharsets.UTF_8);

        ImportRecord record = fixtures.awaitFinished(fixtures.submit(channel, "payloads.csv", file).id());

        assertThat(record.status()).as(record.message()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(jdbc.queryForList("select customer_name from sales_order where channel_id = ? order by channel_order_no",
                String.class, channel.id())).containsExactly("=cmd|' /C calc'!A0", "'; drop table sales_order; --");
        assertThat(jdbc.queryForObject("select count(*) from sales_order", Long.class)).isPositive();
    }

    private byte[] content(String file) throws Exception {
        try (InputStream in = HostileInputIT.class.getResourceAsStream(CORPUS + file)) {
            if (in != null) {
                return in.readAllBytes();
            }
        }
        return switch (file) {
            case "huge-field.csv" -> csv(row(2, "x".repeat(1 << 20)), row(3, "Wang Li"));
            case "hundred-thousand-columns.csv" -> hundredThousandColumns();
            case "xlsx-sent-to-csv.csv", "numbers-as-text.xlsx" -> workbook(XSSFWorkbookType.XLSX, sheet -> {
                textRow(sheet, 1, "2", "12.50");
                textRow(sheet, 2, "3", "¥1,234.50");
            });
            case "date-cells.xlsx" -> workbook(XSSFWorkbookType.XLSX, HostileInputIT::dateCells);
            case "macro-enabled.xlsm" -> workbook(XSSFWorkbookType.XLSM, sheet -> textRow(sheet, 1, "1", "10.00"));
            case "external-link.xlsx" -> externalLink();
            case "password-protected.xlsx" -> encrypt(workbook(XSSFWorkbookType.XLSX, sheet -> textRow(sheet, 1, "1", "1")));
            case "zip-bomb.xlsx" -> ZipBombs.of(workbook(XSSFWorkbookType.XLSX, sheet -> textRow(sheet, 1, "1", "1")));
            default -> throw new IllegalArgumentException("No such hostile file: " + file);
        };
    }

    private static String row(int n, String name) {
        return "H" + n + ",2026-01-05 10:00:00,C" + n + "," + name + ",SKU-" + n + ",1,10.00";
    }

    private static byte[] csv(String... rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The seven known columns, then 99,993 unknown ones that must be ignored. */
    private static byte[] hundredThousandColumns() {
        StringBuilder header = new StringBuilder(HEADER);
        StringBuilder values = new StringBuilder(row(2, "Wang Li"));
        for (int i = 7; i < 100_000; i++) {
            header.append(",extra_").append(i);
            values.append(",v");
        }
        return (header + "\n" + values + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private interface SheetFiller {
        void fill(Sheet sheet) throws Exception;
    }

    private static byte[] workbook(XSSFWorkbookType type, SheetFiller filler) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(type); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("orders");
            Row header = sheet.createRow(0);
            String[] names = HEADER.split(",");
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            filler.fill(sheet);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Every cell a string, numbers included, as some shop exports write them. */
    private static void textRow(Sheet sheet, int index, String quantity, String unitPrice) {
        Row row = sheet.createRow(index);
        String[] cells = {"X" + index, "2026-01-05 10:00:00", "C" + index, "Wang Li", "SKU-" + index, quantity, unitPrice};
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    private static void dateCells(Sheet sheet) {
        CellStyle dateStyle = sheet.getWorkbook().createCellStyle();
        dateStyle.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        for (int index = 1; index <= 2; index++) {
            Row row = sheet.createRow(index);
            row.createCell(0).setCellValue("D" + index);
            Cell date = row.createCell(1);
            date.setCellValue(LocalDateTime.of(2026, 1, 5, 9 + index, 30));
            date.setCellStyle(dateStyle);
            row.createCell(2).setCellValue("C" + index);
            row.createCell(3).setCellValue("Wang Li");
            row.createCell(4).setCellValue("SKU-" + index);
            row.createCell(5).setCellValue(index);
            row.createCell(6).setCellValue(9.9);
        }
    }

    /** A workbook that links another one; the link is a formula whose cached value is read, never refreshed. */
    private static byte[] externalLink() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); XSSFWorkbook other = new XSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            other.createSheet("Sheet1").createRow(0).createCell(0).setCellValue(42);
            workbook.linkExternalWorkbook("prices.xlsx", other);
            Sheet sheet = workbook.createSheet("orders");
            Row header = sheet.createRow(0);
            String[] names = (HEADER + ",linked").split(",");
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            textRow(sheet, 1, "1", "10.00");
            textRow(sheet, 2, "2", "20.00");
            sheet.getRow(1).createCell(7).setCellFormula("[prices.xlsx]Sheet1!A1");
            sheet.getRow(2).createCell(7).setCellFormula("HYPERLINK(\"http://evil.example\",\"x\")");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private byte[] encrypt(byte[] xlsx) throws Exception {
        Path plain = Files.write(dir.resolve("plain.xlsx"), xlsx);
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                 OutputStream encrypted = encryptor.getDataStream(fs)) {
                opc.save(encrypted);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
