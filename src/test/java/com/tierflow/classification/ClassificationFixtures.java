package com.tierflow.classification;

import static com.tierflow.support.OrderCsv.line;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.ImportRecord;
import com.tierflow.intake.ImportService;
import com.tierflow.intake.ImportStatus;
import com.tierflow.support.Await;
import com.tierflow.support.ChannelFiles;
import com.tierflow.support.OrderCsv;
import com.tierflow.support.OrderCsv.Buyer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Imports customers with known purchase histories and approves their orders. The approval is a plain SQL update for
 * now, standing in for the audit (#3) until it approves orders itself.
 */
final class ClassificationFixtures {

    private final ChannelService channels;
    private final ImportService imports;
    private final JdbcTemplate jdbc;
    private final ClassificationService classification;

    ClassificationFixtures(ChannelService channels, ImportService imports, JdbcTemplate jdbc,
            ClassificationService classification) {
        this.channels = channels;
        this.imports = imports;
        this.jdbc = jdbc;
        this.classification = classification;
    }

    /**
     * Imports the file into a new channel, waits for the classification run the import started (it finds nothing
     * approved yet), approves the orders and returns the import.
     */
    ImportRecord importApproved(OrderCsv file) {
        Channel channel = ChannelFiles.createChannel(channels, "cls");
        ImportRecord done = ChannelFiles.importFile(imports, channel, file);
        if (done.status() != ImportStatus.COMPLETED) {
            throw new AssertionError("Fixture import did not complete: " + done);
        }
        importRun(done.id());
        approve(done.id());
        return done;
    }

    /** The finished run the import's OrdersImported event started. */
    ClassificationRun importRun(long importId) {
        Long runId = Await.until(() -> jdbc.queryForList("select id from classification_run where import_id = ? order by id",
                Long.class, importId), ids -> !ids.isEmpty(), Duration.ofSeconds(30)).get(0);
        return awaitFinished(classification, runId);
    }

    void approve(long importId) {
        jdbc.update("update sales_order set status = 'APPROVED' where import_id = ?", importId);
    }

    /** Marks the order returned and books a refund, as returns will once they exist. */
    void refund(long customerId, String orderNo, BigDecimal amount) {
        Long orderId = jdbc.queryForObject("select id from sales_order where customer_id = ? and channel_order_no = ?",
                Long.class, customerId, orderNo);
        jdbc.update("update sales_order set status = 'RETURNED' where id = ?", orderId);
        jdbc.update("""
                insert into ledger_entry (order_id, channel_id, kind, amount, booked_at)
                select id, channel_id, 'REFUND', ?, ordered_at from sales_order where id = ?""", amount.negate(), orderId);
    }

    long customerIdByPhone(String phone) {
        return jdbc.queryForObject("select customer_id from customer_identity where identity = ?", Long.class, "M:" + phone);
    }

    static ClassificationRun awaitFinished(ClassificationService classification, long runId) {
        ClassificationRun run = Await.until(() -> classification.findRun(runId).orElseThrow(), ClassificationRun::isFinished,
                Duration.ofMinutes(3));
        if (!"COMPLETED".equals(run.status())) {
            throw new AssertionError("Run did not complete: " + run);
        }
        return run;
    }

    /** A buyer with a phone nobody else uses. */
    static Buyer newBuyer(String name) {
        return new Buyer(null, name, OrderCsv.newMobile(), null);
    }

    /** One order per date, one line each at the price, numbered with the prefix. */
    static void orders(OrderCsv file, Buyer buyer, String prefix, String price, List<LocalDate> days) {
        int n = 0;
        for (LocalDate day : days) {
            file.order(prefix + "-" + (++n) + "-" + UUID.randomUUID().toString().substring(0, 6), day + " 12:00:00", buyer,
                    "0.00", "0.00", line("SKU-" + prefix, 1, price, "0.00"));
        }
    }

    /** Every {@code step} days from {@code first}, {@code count} dates. */
    static List<LocalDate> every(LocalDate first, int step, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> first.plusDays((long) i * step)).toList();
    }
}
