package com.tierflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.demo.FileFormat;
import com.tierflow.demo.GeneratedFile;
import com.tierflow.intake.internal.batch.ImportLauncher;
import com.tierflow.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database failure in the middle of a file interrupts the import; once the cause is gone it resumes where it
 * stopped and every good row ends up imported exactly once. The failure is a real constraint violation, scoped
 * by a check constraint to one order number of this test's channel.
 */
@IntegrationTest
class ImportRestartIT {

    @Autowired IntakeFixtures fixtures;
    @Autowired ImportLauncher launcher;
    @Autowired JdbcTemplate jdbc;
    @TempDir Path dir;

    @Test
    void shouldResumeStagingAfterAFailureMidFileAndImportEachRowOnce() {
        Channel channel = fixtures.channel("RST", FileType.CSV, "UTF-8", ',');
        GeneratedFile file = fixtures.generate(IntakeFixtures.spec(channel, 2_000, 21, FileFormat.CSV).withBadRowShare(0.01), dir);
        String poisonedOrder = channel.code() + "-000000700";
        jdbc.execute("alter table import_line add constraint it_fail_staging check (channel_order_no <> '" + poisonedOrder + "')");
        ImportRecord interrupted;
        try {
            interrupted = fixtures.awaitFinished(fixtures.submit(channel, file.path()).id());
        } finally {
            jdbc.execute("alter table import_line drop constraint it_fail_staging");
        }
        assertThat(interrupted.status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(interrupted.rowsRead()).isPositive().isLessThan(file.rows());

        launcher.launch(interrupted.id());
        ImportRecord resumed = fixtures.awaitCompleted(interrupted.id());

        assertExactlyOnce(channel, resumed, file);
        assertThat(jdbc.queryForObject("select count(*) from batch_job_execution e join batch_job_instance i "
                + "on i.job_instance_id = e.job_instance_id join batch_job_execution_params p on p.job_execution_id = "
                + "e.job_execution_id where p.parameter_name = 'importId' and p.parameter_value = ?", Long.class,
                String.valueOf(interrupted.id()))).isEqualTo(2);
    }

    @Test
    void shouldResumeTheMergeAfterAFailureInOneSlice() {
        Channel channel = fixtures.channel("RSM", FileType.CSV, "UTF-8", ',');
        GeneratedFile file = fixtures.generate(IntakeFixtures.spec(channel, 1_500, 22, FileFormat.CSV).withBadRowShare(0.01), dir);
        String poisonedOrder = channel.code() + "-000000300";
        jdbc.execute("alter table sales_order add constraint it_fail_merge check (channel_order_no <> '" + poisonedOrder + "')");
        ImportRecord interrupted;
        try {
            interrupted = fixtures.awaitFinished(fixtures.submit(channel, file.path()).id());
        } finally {
            jdbc.execute("alter table sales_order drop constraint it_fail_merge");
        }
        assertThat(interrupted.status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(interrupted.rowsRead()).isEqualTo(file.rows());

        launcher.launch(interrupted.id());

        assertExactlyOnce(channel, fixtures.awaitCompleted(interrupted.id()), file);
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
