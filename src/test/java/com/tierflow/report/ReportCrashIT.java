package com.tierflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tierflow.demo.GeneratedFile;
import com.tierflow.demo.GeneratorSpec;
import com.tierflow.demo.OrderFileGenerator;
import com.tierflow.support.ApplicationNode;
import com.tierflow.support.Await;
import com.tierflow.support.TestDatabase;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The packaged application is killed with SIGKILL while it writes a large order-detail workbook and started again:
 * the report is generated again from scratch, completes, and its file opens with every order line in it.
 */
class ReportCrashIT {

    private static final long LINES = 100_000;

    @TempDir Path dir;
    private ApplicationNode app;

    @Test
    void shouldFinishAReportWhoseNodeWasKilledWhileWritingIt() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "The report crash test runs on PostgreSQL, the production database; "
                + "CrashRecoveryIT kills the application on H2 as well");
        Map<String, String> database = ApplicationNode.database(dir, ApplicationNode.postgresName("report_crash"));
        GeneratedFile file = new OrderFileGenerator().write(GeneratorSpec.csv("REPORTS", LINES, 91), dir.resolve("orders.csv"));
        app = ApplicationNode.of("report-crash-node", database, dir.resolve("app.log"), "512m", Map.of(
                "tierflow.data-dir", dir.resolve("data").toAbsolutePath().toString(),
                "tierflow.report.poll-interval", "500ms")).start();
        importFile(app.api(), file);

        long reportId = ((Number) app.api().post().uri("/api/reports").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("kind", "order-detail", "language", "en",
                        "parameters", Map.of("from", "2024-01-01", "to", "2024-12-31")))
                .retrieve().body(Map.class).get("id")).longValue();
        Map<?, ?> beforeKill = Await.until(() -> report(reportId),
                r -> !"QUEUED".equals(r.get("status")) && (!"RUNNING".equals(r.get("status"))
                        || ((Number) r.get("progress")).intValue() >= 5), Duration.ofMinutes(2));
        app.kill();
        assertThat(beforeKill.get("status")).as("killed mid-report: %s", beforeKill).isEqualTo("RUNNING");
        assertThat(((Number) beforeKill.get("progress")).intValue()).isLessThan(100);

        app.start();
        Map<?, ?> done = Await.until(() -> report(reportId),
                r -> List.of("COMPLETED", "FAILED").contains(r.get("status")), Duration.ofMinutes(3));
        assertThat(done.get("status")).as("after the restart: %s", done).isEqualTo("COMPLETED");
        assertThat(((Number) done.get("attempts")).intValue()).isEqualTo(2);
        byte[] workbook = app.api().get().uri("/api/reports/{id}/file", reportId).retrieve().body(byte[].class);
        app.stop();

        Path downloaded = Files.write(dir.resolve("report.xlsx"), workbook);
        List<Long> rowsPerSheet = rowsPerSheet(downloaded);
        long detailRows = rowsPerSheet.stream().skip(1).mapToLong(rows -> rows - 1).sum();
        assertThat(detailRows).as("rows per sheet %s", rowsPerSheet).isEqualTo(file.goodRows());
        assertThat(((Number) done.get("rowCount")).longValue()).isEqualTo(file.goodRows());
        assertThat(((Number) done.get("sizeBytes")).longValue()).isEqualTo(workbook.length);
        try (SingleConnectionDataSource connection = new SingleConnectionDataSource(database.get("url"),
                database.get("user"), "", true)) {
            JdbcTemplate db = new JdbcTemplate(connection);
            assertThat(db.queryForObject("select count(*) from report_run where status in ('QUEUED', 'RUNNING')",
                    Long.class)).isZero();
            assertThat(db.queryForObject("select count(*) from order_line", Long.class)).isEqualTo(file.goodRows());
        }
        try (Stream<Path> archived = Files.walk(dir.resolve("data/reports"))) {
            assertThat(archived.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList())
                    .as("the archive holds the finished workbook and no part file of the killed attempt")
                    .containsExactly("report-" + reportId + ".xlsx");
        }
    }

    @AfterEach
    void stopApplication() {
        if (app != null) {
            app.close();
        }
    }

    private Map<?, ?> report(long id) {
        return app.api().get().uri("/api/reports/{id}", id).retrieve().body(Map.class);
    }

    private static void importFile(RestClient api, GeneratedFile file) {
        api.post().uri("/api/channels").contentType(MediaType.APPLICATION_JSON).body(Map.of(
                "code", "REPORTS", "name", "Report crash test", "kind", "MARKETPLACE", "fileType", "CSV", "encoding", "UTF-8",
                "delimiter", ",", "dateTimeFormats", List.of("yyyy-MM-dd HH:mm:ss"), "timeZone", "Asia/Shanghai"))
                .retrieve().toBodilessEntity();
        MultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
        upload.add("file", new FileSystemResource(file.path()));
        Object importId = api.post().uri("/api/channels/REPORTS/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload).retrieve().body(Map.class).get("id");
        Map<?, ?> imported = Await.until(() -> api.get().uri("/api/imports/{id}", importId).retrieve().body(Map.class),
                r -> List.of("COMPLETED", "COMPLETED_WITH_ERRORS", "FAILED").contains(r.get("status")), Duration.ofMinutes(3));
        assertThat(((Number) imported.get("rowsImported")).longValue()).isEqualTo(file.goodRows());
    }

    /** Rows of each sheet, read with POI's streaming reader (a DOM of 100,000 rows would need most of the test heap). */
    private static List<Long> rowsPerSheet(Path workbook) throws Exception {
        List<Long> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            Iterator<InputStream> sheets = new XSSFReader(pkg).getSheetsData();
            while (sheets.hasNext()) {
                long[] count = {0};
                try (InputStream sheet = sheets.next()) {
                    SAXParserFactory factory = SAXParserFactory.newInstance();
                    factory.setNamespaceAware(true);
                    factory.newSAXParser().parse(sheet, new DefaultHandler() {
                        @Override
                        public void startElement(String uri, String localName, String qName, Attributes attributes) {
                            if ("row".equals(localName)) {
                                count[0]++;
                            }
                        }
                    });
                }
                rows.add(count[0]);
            }
        }
        return rows;
    }
}
