package com.tierflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.demo.FileFormat;
import com.tierflow.demo.GeneratedFile;
import com.tierflow.intake.internal.batch.ImportLauncher;
import com.tierflow.support.IntegrationTest;
import java.math.BigDecimal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database failure in the middle of a file interrupts the import; once the cause is gone it resumes where it
 * stopped and every good row ends up imported exactly once. The failure is a real constraint violation, scoped
 * by a check constraint to one order number of this test's channel. Files whose orders are not contiguous take the
 * staging path, which must resume just as well.
 */
@IntegrationTest
class ImportRestartIT {

    @Autowired IntakeFixtures fixtures;
    @Autowired ImportLauncher launcher;
    @Autowired JdbcTemplate jdbc;
    @TempDir Path dir;

    @Test
    void shouldResumeAfterAFailureMidFileAndImportEachRowOnce() {
        Channel channel = fixtures.channel("RST", FileType.CSV, "UTF-8", ',');
        GeneratedFile file = fixtures.generate(IntakeFixtures.spec(channel, 2_000, 21, FileFormat.CSV).withBadRowShare(0.01), dir);
        ImportRecord interrupted = importWithPoisonedOrder(channel, file.path(), channel.code() + "-000000700");
        assertThat(interrupted.status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(interrupted.rowsRead()).isPositive().isLessThan(file.rows());
        assertThat(interrupted.ordersImported()).isPositive().isLessThan(file.goodOrders());

        launcher.launch(interrupted.id());
        ImportRecord resumed = fixtures.awaitCompleted(interrupted.id());

        assertExactlyOnce(channel, resumed, file);
        assertThat(stepsRun(interrupted.id())).containsExactly("importOrders", "importOrders", "auditOrders");
    }

    @Test
    void shouldImportAFileWhoseOrdersAreNotContiguousThroughStaging() throws IOException {
        Channel channel = fixtures.channel("SHF", FileType.CSV, "UTF-8", ',');
        GeneratedFile file = fixtures.generate(IntakeFixtures.spec(channel, 1_500, 23, FileFormat.CSV).withBadRowShare(0.01), dir);
        shuffleRows(file.path(), 23);

        ImportRecord record = fixtures.importFile(channel, file.path());

        assertExactlyOnce(channel, record, file);
        assertThat(stepsRun(record.id())).containsExactly("importOrders", "stageLines", "mergeStagedOrders", "auditOrders");
        assertThat(jdbc.queryForObject("select count(*) from import_line where import_id = ?", Long.class, record.id()))
                .as("staging rows are cleared").isZero();
    }

    @Test
    void shouldResumeTheStagedMergeAfterAFailure() throws IOException {
        Channel channel = fixtures.channel("RSM", FileType.CSV, "UTF-8", ',');
        GeneratedFile file = fixtures.generate(IntakeFixtures.spec(channel, 1_500, 22, FileFormat.CSV).withBadRowShare(0.01), dir);
        shuffleRows(file.path(), 22);
        ImportRecord interrupted = importWithPoisonedOrder(channel, file.path(), channel.code() + "-000000600");
        assertThat(interrupted.status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(interrupted.rowsRead()).isEqualTo(file.rows());

        launcher.launch(interrupted.id());

        assertExactlyOnce(channel, fixtures.awaitCompleted(interrupted.id()), file);
    }

    private ImportRecord importWithPoisonedOrder(Channel channel, Path file, String poisonedOrder) {
        jdbc.execute("alter table sales_order add constraint it_fail_" + channel.code().toLowerCase(Locale.ROOT)
                + " check (channel_order_no <> '" + poisonedOrder + "')");
        try {
            return fixtures.awaitFinished(fixtures.submit(channel, file).id());
        } finally {
            jdbc.execute("alter table sales_order drop constraint it_fail_" + channel.code().toLowerCase(Locale.ROOT));
        }
    }

    /** Data rows in a random order, so that most orders' rows end up apart from each other. */
    private static void shuffleRows(Path csv, long seed) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.shuffle(rows, new Random(seed));
        rows.add(0, lines.get(0));
        Files.write(csv, rows, StandardCharsets.UTF_8);
    }

    private List<String> stepsRun(long importId) {
        return jdbc.queryForList("""
                select s.step_name from batch_step_execution s
                  join batch_job_execution_params p on p.job_execution_id = s.job_execution_id
                 where p.parameter_name = 'importId' and p.parameter_value = ?
                 order by s.step_execution_id""", String.class, String.valueOf(importId));
    }

    private void assertExactlyOnce(Channel channel, ImportRecord record, GeneratedFile file) {
        assertThat(record.status()).isEqualTo(ImportStatus.COMPLETED_WITH_ERRORS);
        assertThat(record.rowsRead()).isEqualTo(file.rows());
        assertThat(record.rowsImported()).isEqualTo(file.goodRows());
        assertThat(record.ordersImported()).isEqualTo(file.goodOrders());
        assertThat(record.rowsSkipped()).isEqualTo(file.rows() - file.goodRows());
        assertThat(jdbc.queryForObject("select count(*) from sales_order where channel_id = ?", Long.class, channel.id()))
                .isEqualTo(file.goodOrders());
        assertThat(jdbc.queryForObject("select count(*) from order_line l join sales_order o on o.id = l.order_id "
                + "where o.channel_id = ?", Long.class, channel.id())).isEqualTo(file.goodRows());
        assertThat(jdbc.queryForObject("select sum(amount) from ledger_entry where channel_id = ?", BigDecimal.class,
                channel.id())).isEqualByComparingTo(file.goodOrdersTotal());
        assertThat(jdbc.queryForObject("select count(*) from import_error where import_id = ?", Long.class, record.id()))
                .as("each skipped row reported once").isEqualTo(file.rows() - file.goodRows()
                        + jdbc.queryForObject("select count(*) - count(distinct row_no) from import_error where import_id = ?",
                        Long.class, record.id()));
        assertThat(jdbc.queryForObject("select count(distinct row_no) from import_error where import_id = ?", Long.class,
                record.id())).isEqualTo(file.rows() - file.goodRows());
    }
}
