package com.tierflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tierflow.classification.ClassificationRun;
import com.tierflow.classification.ClassificationService;
import com.tierflow.classification.ModelParameters;
import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelDraft;
import com.tierflow.intake.ChannelKind;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.FileType;
import com.tierflow.support.Await;
import com.tierflow.support.GeneratedCustomers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Suite "classification": 100,000 customers with 1,000,000 approved orders generated in PostgreSQL with set-based SQL
 * ({@link GeneratedCustomers}), then one full classification run: metrics, RFM, BG/NBD and Gamma-Gamma fit, tiers,
 * tags, actions and tasks.
 */
@SpringBootTest
@ContextConfiguration(initializers = BenchDatabaseInitializer.class)
class ClassificationBench {

    private static final int CUSTOMERS = Integer.getInteger("bench.customers", 100_000);
    private static final int ORDERS = Integer.getInteger("bench.orders", 1_000_000);
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    @Autowired ChannelService channels;
    @Autowired ClassificationService classification;
    @Autowired JdbcTemplate jdbc;

    @Test
    void classificationSuite() {
        assumeTrue(BenchReport.isSelected("classification"), "suite 'classification' not selected");
        long generateStart = System.nanoTime();
        generate();
        double generateSeconds = (System.nanoTime() - generateStart) / 1e9;

        long start = System.nanoTime();
        ClassificationRun requested = classification.requestRun(AS_OF, false, "bench");
        ClassificationRun run = Await.until(() -> classification.findRun(requested.id()).orElseThrow(),
                ClassificationRun::isFinished, Duration.ofMinutes(20));
        double classifySeconds = (System.nanoTime() - start) / 1e9;
        // a benchmark of a wrong result measures nothing
        assertThat(run.status()).as("%s", run).isEqualTo("COMPLETED");
        long customers = jdbc.queryForObject("select count(distinct customer_id) from sales_order", Long.class);
        assertThat(run.customers()).isEqualTo((int) customers);
        assertThat(jdbc.queryForObject("select count(*) from current_classification", Long.class)).isEqualTo(customers);
        ModelParameters model = classification.currentModel().orElseThrow();

        BenchReport report = new BenchReport("classification")
                .put("customers", customers)
                .put("orders", jdbc.queryForObject("select count(*) from sales_order", Long.class))
                .put("classify_s", classifySeconds)
                .put("fit_s", model.fitSeconds())
                .put("generate_s", generateSeconds)
                .put("tasks_created", run.tasksCreated() == null ? 0 : run.tasksCreated())
                .put("actions", run.actions());
        if (model.bgNbd() != null) {
            report.put("bgnbd_r", model.bgNbd().r()).put("bgnbd_alpha", model.bgNbd().alpha())
                    .put("bgnbd_a", model.bgNbd().a()).put("bgnbd_b", model.bgNbd().b());
        }
        Map<String, Object> tiers = Map.of("high", count("HIGH"), "medium", count("MEDIUM"), "low", count("LOW"));
        tiers.forEach((tier, n) -> report.put("tier_" + tier, (Long) n));
        report.write();
        System.out.println("Benchmark classification run: " + run + (model.fitProblem() == null ? "" : " fit problem: " + model.fitProblem()));
    }

    private long count(String tier) {
        return jdbc.queryForObject("select count(*) from current_classification where tier = ?", Long.class, tier);
    }

    private void generate() {
        Channel channel = channels.create(new ChannelDraft("BENCHCLS", "BENCHCLS", ChannelKind.MARKETPLACE, true,
                FileType.CSV, "UTF-8", ",", List.of("yyyy-MM-dd HH:mm:ss"), "Asia/Shanghai", Map.of()));
        GeneratedCustomers.generate(jdbc, channel.id(), CUSTOMERS, ORDERS);
    }
}
