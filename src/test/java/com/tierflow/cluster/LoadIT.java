package com.tierflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelService;
import com.tierflow.security.ChannelTokens.IssuedToken;
import com.tierflow.security.Roles;
import com.tierflow.support.Await;
import com.tierflow.support.ChannelFiles;
import com.tierflow.support.IntegrationTest;
import com.tierflow.support.OrderCsv;
import com.tierflow.support.OrderCsv.Buyer;
import com.tierflow.support.TestDatabase;
import com.tierflow.support.TestUsers;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * A bounded load on loopback: 8 channel clients push generated files through the REST API, each waiting for its last
 * file's import before the next (as a channel's scheduled export does), while 4 clerks read imports and orders and a
 * manager asks for reports. Runs for {@code -Dtierflow.load.duration} (default 60 s); writes its figures to
 * target/load/load.properties. Nothing may fail and every pushed order must be stored exactly once.
 */
@IntegrationTest
class LoadIT {

    private static final Duration DURATION = Duration.parse("PT" + System.getProperty("tierflow.load.duration", "60s"));
    private static final int CHANNEL_CLIENTS = Integer.getInteger("tierflow.load.channels", 8);
    private static final int CLERKS = 4;
    private static final int ORDERS_PER_FILE = Integer.getInteger("tierflow.load.orders-per-file", 50);

    @Autowired private TestUsers users;
    @Autowired private ChannelService channels;
    @Autowired private JdbcTemplate jdbc;

    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> importIds = Collections.synchronizedList(new ArrayList<>());

    private record Pushed(Channel channel, long orders, long lines, BigDecimal total) {
    }

    @Test
    void shouldCarryTheLoadWithoutErrorsOrLostOrders() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "The load test measures the production database (PostgreSQL); "
                + "H2 is the single-user default");
        List<Channel> loadChannels = IntStream.range(0, CHANNEL_CLIENTS)
                .mapToObj(i -> ChannelFiles.createChannel(channels, "LOAD")).toList();
        RestClient clerk = users.api(Roles.CLERK);
        RestClient manager = users.api(Roles.MANAGER);
        long deadline = System.nanoTime() + DURATION.toNanos();
        long started = System.nanoTime();

        ExecutorService pool = Executors.newFixedThreadPool(CHANNEL_CLIENTS + CLERKS + 1);
        List<Future<Pushed>> pushers = new ArrayList<>();
        List<Future<?>> others = new ArrayList<>();
        try {
            for (Channel channel : loadChannels) {
                pushers.add(pool.submit(() -> pushUntil(deadline, channelClient(channel), channel)));
            }
            for (int c = 0; c < CLERKS; c++) {
                others.add(pool.submit(() -> readUntil(deadline, clerk, loadChannels)));
            }
            others.add(pool.submit(() -> reportUntil(deadline, manager, loadChannels)));
            List<Pushed> pushed = new ArrayList<>();
            for (Future<Pushed> pusher : pushers) {
                pushed.add(pusher.get());
            }
            for (Future<?> other : others) {
                other.get();
            }
            Await.until(() -> jdbc.queryForObject("select count(*) from import_run where id in (" + ids() + ") and status in "
                    + "('QUEUED', 'RUNNING', 'INTERRUPTED')", Integer.class), open -> open == 0, Duration.ofMinutes(2));
            double seconds = (System.nanoTime() - started) / 1e9;

            long notCompleted = jdbc.queryForObject("select count(*) from import_run where id in (" + ids()
                    + ") and status <> 'COMPLETED'", Long.class);
            errors.computeIfAbsent("import_not_completed", k -> new AtomicLong()).addAndGet(notCompleted);
            long orders = pushed.stream().mapToLong(Pushed::orders).sum();
            long lines = pushed.stream().mapToLong(Pushed::lines).sum();
            long lost = 0;
            for (Pushed one : pushed) {
                Map<String, Object> stored = jdbc.queryForMap("select count(*) orders, coalesce(sum(total_amount), 0) total "
                        + "from sales_order where channel_id = ?", one.channel().id());
                long storedOrders = ((Number) stored.get("orders")).longValue();
                lost += Math.abs(one.orders() - storedOrders);
                assertThat((BigDecimal) stored.get("total")).as("order totals of %s", one.channel().code())
                        .isEqualByComparingTo(one.total());
            }
            Properties figures = figures(seconds, pushed.stream().filter(p -> p.orders() > 0).count(), orders, lines, lost);
            write(figures);

            assertThat(errorSamples).as("errors").isEmpty();
            assertThat(errors.values().stream().mapToLong(AtomicLong::get).sum()).as("error count").isZero();
            assertThat(lost).as("orders lost or stored twice").isZero();
            assertThat(pushed).allSatisfy(p -> assertThat(p.orders()).as("orders pushed by %s", p.channel().code()).isPositive());
            assertThat(latencies.keySet()).contains("push_file", "list_imports", "search_orders", "get_import",
                    "request_report", "report_done");
        } finally {
            pool.shutdownNow();
        }
    }

    /** The channel's own machine client: a token an administrator issued for that channel, as a shop system has. */
    private RestClient channelClient(Channel channel) {
        IssuedToken issued = users.api(Roles.ADMIN).post().uri("/api/channels/{code}/tokens", channel.code())
                .body(Map.of("label", "load test")).retrieve().body(IssuedToken.class);
        return users.anonymous().mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + issued.token()).build();
    }

    private Pushed pushUntil(long deadline, RestClient api, Channel channel) {
        List<Buyer> buyers = IntStream.range(0, 20)
                .mapToObj(i -> new Buyer(channel.code() + "-C" + i, "客户" + i, OrderCsv.newMobile(), null)).toList();
        long orders = 0;
        long lines = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (int file = 0; System.nanoTime() < deadline; file++) {
            OrderCsv csv = new OrderCsv();
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int k = 0; k < ORDERS_PER_FILE; k++) {
                OrderCsv.Line[] orderLines = IntStream.rangeClosed(0, random.nextInt(3))
                        .mapToObj(l -> OrderCsv.line("SKU-" + random.nextInt(200), 1 + random.nextInt(3),
                                (5 + random.nextInt(500)) + ".90", "0.00"))
                        .toArray(OrderCsv.Line[]::new);
                csv.order(channel.code() + "-" + file + "-" + k, "2024-06-" + String.format("%02d", 1 + random.nextInt(28))
                        + " 10:15:00", buyers.get(random.nextInt(buyers.size())), "0.00", "6.00", orderLines);
            }
            Map<?, ?> record = timed("push_file", () -> upload(api, channel, csv.bytes()));
            if (record == null) {
                continue;
            }
            long id = ((Number) record.get("id")).longValue();
            importIds.add(id);
            orders += csv.orders().size();
            lines += csv.orders().stream().mapToLong(o -> o.lines().size()).sum();
            total = total.add(csv.sum(OrderCsv.Order::total));
            Await.until(() -> timed("get_import", () -> api.get().uri("/api/imports/{id}", id).retrieve().body(Map.class)),
                    r -> r != null && !List.of("QUEUED", "RUNNING", "INTERRUPTED").contains(r.get("status")),
                    Duration.ofMinutes(2));
        }
        return new Pushed(channel, orders, lines, total);
    }

    private Void readUntil(long deadline, RestClient api, List<Channel> loadChannels) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            Channel channel = loadChannels.get(ThreadLocalRandom.current().nextInt(loadChannels.size()));
            timed("list_imports", () -> api.get().uri("/api/imports?channel={c}&limit=20", channel.code())
                    .retrieve().body(List.class));
            timed("search_orders", () -> api.get().uri("/api/orders?channel={c}&size=20", channel.code())
                    .retrieve().body(Map.class));
            Thread.sleep(200);
        }
        return null;
    }

    private Void reportUntil(long deadline, RestClient api, List<Channel> loadChannels) throws InterruptedException {
        int n = 0;
        while (System.nanoTime() < deadline) {
            String kind = n++ % 2 == 0 ? "orders" : "imports";
            long asked = System.nanoTime();
            Map<?, ?> report = timed("request_report", () -> api.post().uri("/api/reports")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("kind", kind, "language", "en", "parameters", Map.of("from", "2024-06-01",
                            "to", "2024-06-30", "channels", loadChannels.stream().map(Channel::code).toList())))
                    .retrieve().body(Map.class));
            if (report == null) {
                continue;
            }
            Object id = report.get("id");
            Map<?, ?> done = Await.until(() -> api.get().uri("/api/reports/{id}", id).retrieve().body(Map.class),
                    r -> List.of("COMPLETED", "FAILED").contains(r.get("status")), Duration.ofMinutes(2));
            latencies.computeIfAbsent("report_done", k -> new ConcurrentLinkedQueue<>())
                    .add((System.nanoTime() - asked) / 1_000_000);
            if (!"COMPLETED".equals(done.get("status"))) {
                error("report_done", "report " + id + ": " + done.get("message"));
            }
            Thread.sleep(2_000);
        }
        return null;
    }

    private Map<?, ?> upload(RestClient api, Channel channel, byte[] bytes) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return "load.csv";
            }
        });
        return api.post().uri("/api/channels/{code}/imports", channel.code()).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form).retrieve().body(Map.class);
    }

    private <T> T timed(String operation, Supplier<T> call) {
        long start = System.nanoTime();
        try {
            T result = call.get();
            latencies.computeIfAbsent(operation, k -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - start) / 1_000_000);
            return result;
        } catch (RuntimeException e) {
            error(operation, e.toString());
            return null;
        }
    }

    private void error(String operation, String sample) {
        errors.computeIfAbsent(operation, k -> new AtomicLong()).incrementAndGet();
        if (errorSamples.size() < 20) {
            errorSamples.add(operation + ": " + sample);
        }
    }

    private String ids() {
        synchronized (importIds) {
            return importIds.isEmpty() ? "-1" : String.join(",", importIds.stream().map(String::valueOf).toList());
        }
    }

    private Properties figures(double seconds, long files, long orders, long lines, long lost) {
        Map<String, String> values = new TreeMap<>();
        values.put("load_duration_s", String.format("%.1f", seconds));
        values.put("load_channel_clients", String.valueOf(CHANNEL_CLIENTS));
        values.put("load_clerks", String.valueOf(CLERKS));
        values.put("load_files", String.valueOf(importIds.size()));
        values.put("load_orders", String.valueOf(orders));
        values.put("load_lines", String.valueOf(lines));
        values.put("load_orders_per_s", String.format("%.1f", orders / seconds));
        values.put("load_lines_per_s", String.format("%.1f", lines / seconds));
        values.put("load_errors", String.valueOf(errors.values().stream().mapToLong(AtomicLong::get).sum()));
        values.put("load_orders_lost", String.valueOf(lost));
        latencies.forEach((operation, samples) -> {
            List<Long> sorted = samples.stream().sorted().toList();
            values.put(operation + "_count", String.valueOf(sorted.size()));
            values.put(operation + "_p50_ms", String.valueOf(percentile(sorted, 0.50)));
            values.put(operation + "_p95_ms", String.valueOf(percentile(sorted, 0.95)));
            values.put(operation + "_max_ms", String.valueOf(sorted.get(sorted.size() - 1)));
        });
        errors.forEach((operation, count) -> values.put(operation + "_errors", String.valueOf(count.get())));
        Properties properties = new Properties();
        properties.putAll(values);
        return properties;
    }

    private static long percentile(List<Long> sorted, double share) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1));
    }

    private void write(Properties figures) throws IOException {
        Path file = Files.createDirectories(Path.of("target", "load")).resolve("load.properties");
        StringBuilder text = new StringBuilder("# LoadIT on PostgreSQL, loopback\n");
        new TreeMap<>(figures).forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        try (Writer writer = Files.newBufferedWriter(file)) {
            writer.write(text.toString());
        }
        System.out.print(text);
    }
}
