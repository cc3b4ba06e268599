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
 * (each customer joins on a random day, stays for a random time and buys at a skewed rate, so the base has one-time
 * buyers, drop-outs and a few customers with hundreds of orders; 2 % of orders are returned and refunded), then one full
 * classification run: metrics, RFM, BG/NBD and Gamma-Gamma fit, tiers, tags, actions and tasks.
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
        jdbc.update("""
                insert into customer (primary_identity, name, phone, province, city, created_at)
                select 'M:bench' || g, '客户' || g, '139' || lpad(g::text, 8, '0'),
                       (array['浙江省', '广东省', '江苏省', '上海市', '北京市'])[1 + g % 5],
                       (array['杭州市', '广州市', '南京市', '上海市', '北京市'])[1 + g % 5], now()
                  from generate_series(1, ?) g""", CUSTOMERS);
        jdbc.execute("""
                create temporary table bench_customer as
                select id, row_number() over (order by id) - 1 as n, floor(random() * 700)::int as joined,
                       floor(random() * random() * 730)::int as stays
                  from customer where primary_identity like 'M:bench%'""");
        jdbc.execute("create index on bench_customer (n)");
        jdbc.update("""
                insert into sales_order (channel_id, channel_order_no, customer_id, import_id, status, ordered_at,
                       goods_amount, line_discount, order_discount, shipping_fee, total_amount, declared_total, line_count,
                       province, city, content_hash, created_at)
                select ?, 'B' || o.g, c.id, 0, case when random() < 0.02 then 'RETURNED' else 'COMPLETED' end,
                       timestamp with time zone '2024-01-01 10:00:00+08'
                         + (c.joined + floor(random() * (least(c.stays, 730 - c.joined) + 1))) * interval '1 day',
                       o.goods, 0, o.discount, 0, o.goods - o.discount, o.goods - o.discount, 1, '浙江省', '杭州市', o.g, now()
                  from (select g, floor(? * power(random(), 2))::int as n,
                               round((20 + random() * 300)::numeric, 2) as goods,
                               case when random() < 0.2 then 10.00 else 0.00 end as discount
                          from generate_series(1, ?) g) o
                  join bench_customer c on c.n = o.n""", channel.id(), CUSTOMERS, ORDERS);
        jdbc.update("""
                insert into order_line (order_id, line_no, source_row, sku, product_name, category, quantity, unit_price,
                       line_discount, line_amount)
                select id, 1, id, 'SKU' || (id % 500), '商品', (array['茶', '书', '服装', '家电', '美妆', '食品', '母婴', '运动'])[1 + (id % 8)],
                       1, goods_amount, 0, goods_amount
                  from sales_order where channel_id = ?""", channel.id());
        jdbc.update("""
                insert into ledger_entry (order_id, channel_id, kind, amount, booked_at, import_id)
                select id, channel_id, 'GOODS', goods_amount, ordered_at, 0 from sales_order where channel_id = ?
                union all
                select id, channel_id, 'ORDER_DISCOUNT', -order_discount, ordered_at, 0 from sales_order
                 where channel_id = ? and order_discount > 0
                union all
                select id, channel_id, 'REFUND', -total_amount, ordered_at, 0 from sales_order
                 where channel_id = ? and status = 'RETURNED'""", channel.id(), channel.id(), channel.id());
        jdbc.execute("analyze customer");
        jdbc.execute("analyze sales_order");
        jdbc.execute("analyze order_line");
        jdbc.execute("analyze ledger_entry");
    }
}
