package com.tierflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tierflow.demo.FileFormat;
import com.tierflow.demo.GeneratedFile;
import com.tierflow.demo.GeneratorSpec;
import com.tierflow.demo.OrderFileGenerator;
import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelDraft;
import com.tierflow.intake.ChannelKind;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.FileType;
import com.tierflow.intake.ImportRecord;
import com.tierflow.intake.ImportService;
import com.tierflow.intake.ImportSource;
import com.tierflow.support.Await;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Suite "import": a generated 1,000,000-line CSV imported through the whole pipeline (store, hash, stage, validate,
 * merge customers, orders, lines and ledger) against PostgreSQL COPY of the same file into a plain table with the
 * file's columns and two indexes (order number and phone, the keys the import maintains), in the same run; then a
 * 1,000,000-row XLSX under the benchmark JVM's 512 MB heap cap.
 */
@SpringBootTest
@ContextConfiguration(initializers = BenchDatabaseInitializer.class)
class ImportBench {

    private static final long LINES = Long.getLong("bench.lines", 1_000_000);

    @Autowired ChannelService channels;
    @Autowired ImportService imports;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @TempDir Path dir;

    @Test
    void importSuite() throws Exception {
        assumeTrue(BenchReport.isSelected("import"), "suite 'import' not selected");
        BenchReport report = new BenchReport("import");
        OrderFileGenerator generator = new OrderFileGenerator();

        GeneratedFile csv = generator.write(GeneratorSpec.csv("BENCHCSV", LINES, 42)
                .withChineseHeaders(false), dir.resolve("orders.csv"));
        double copySeconds = CopyBaseline.seconds(csv.path(), LINES, jdbc, dataSource);
        Channel csvChannel = channel("BENCHCSV", FileType.CSV);
        Timed imported = timeImport(csvChannel, csv);
        double importSeconds = imported.seconds();

        report.put("rows", csv.rows())
                .put("bad_rows", csv.rows() - csv.goodRows())
                .put("copy_s", copySeconds)
                .put("copy_rows_per_s", csv.rows() / copySeconds)
                .put("import_s", importSeconds)
                .put("import_rows_per_s", csv.rows() / importSeconds)
                .put("import_vs_copy", copySeconds / importSeconds);
        // the job ends with the audit (issue #3); what the import itself takes, up to the orders written as IMPORTED
        double writeSeconds = jdbc.queryForObject("""
                select sum(extract(epoch from end_time - start_time)) from batch_step_execution
                 where step_name <> 'auditOrders' and job_execution_id = (select max(job_execution_id)
                       from batch_step_execution where step_name = 'auditOrders')""", Double.class);
        report.put("import_write_s", writeSeconds)
                .put("import_write_vs_copy", copySeconds / writeSeconds);
        // the import's classification run would share the two cores with the floor's COPY
        awaitClassification();
        WriteFloor.Floor floor = WriteFloor.measure(WriteFloor.importRows(imported.id()), jdbc, dataSource, dir);
        report.put("floor_rows", floor.rows())
                .put("floor_s", floor.seconds())
                .put("floor_vs_copy", copySeconds / floor.seconds());
        if (!Boolean.parseBoolean(System.getProperty("bench.xlsx", "true"))) {
            report.write();
            return;
        }

        GeneratedFile xlsx = generator.write(GeneratorSpec.csv("BENCHXLS", LINES, 43).withFormat(FileFormat.XLSX)
                .withChineseHeaders(true), dir.resolve("orders.xlsx"));
        Files.deleteIfExists(csv.path());
        double xlsxSeconds = timeImport(channel("BENCHXLS", FileType.XLSX), xlsx).seconds();
        report.put("xlsx_rows", xlsx.rows())
                .put("xlsx_s", xlsxSeconds)
                .put("xlsx_rows_per_s", xlsx.rows() / xlsxSeconds)
                .put("xlsx_heap_cap_mb", BenchReport.heapCapMb())
                .write();
    }

    private Timed timeImport(Channel channel, GeneratedFile file) throws Exception {
        long start = System.nanoTime();
        ImportRecord submitted;
        try (InputStream in = Files.newInputStream(file.path())) {
            submitted = imports.submit(channel.code(), file.path().getFileName().toString(), in, ImportSource.UPLOAD, "bench");
        }
        ImportRecord done = Await.until(() -> imports.get(submitted.id()), r -> r.status().isFinished(), Duration.ofMinutes(20));
        double seconds = (System.nanoTime() - start) / 1e9;
        // a benchmark of a wrong result measures nothing
        assertThat(done.rowsImported()).isEqualTo(file.goodRows());
        assertThat(done.ordersImported()).isEqualTo(file.goodOrders());
        return new Timed(done.id(), seconds);
    }

    private void awaitClassification() {
        Await.until(() -> jdbc.queryForObject("select count(*) from classification_run where status in "
                + "('REQUESTED', 'RUNNING')", Long.class), n -> n == 0, Duration.ofMinutes(20));
    }

    private record Timed(long id, double seconds) {
    }

    private Channel channel(String code, FileType type) {
        return channels.create(new ChannelDraft(code, code, ChannelKind.MARKETPLACE, true, type, "UTF-8", ",",
                List.of("yyyy-MM-dd HH:mm:ss"), "Asia/Shanghai", Map.of()));
    }
}
