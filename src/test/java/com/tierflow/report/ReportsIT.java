package com.tierflow.report;

import static com.tierflow.report.Workbooks.assertNoFormulas;
import static com.tierflow.report.Workbooks.assertTable;
import static com.tierflow.report.Workbooks.chartCount;
import static com.tierflow.report.Workbooks.column;
import static com.tierflow.report.Workbooks.number;
import static com.tierflow.report.Workbooks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.tierflow.audit.ApprovalSla;
import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.ImportService;
import com.tierflow.intake.ImportSource;
import com.tierflow.security.Roles;
import com.tierflow.support.Await;
import com.tierflow.support.ChannelFiles;
import com.tierflow.support.IntegrationTest;
import com.tierflow.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Every report generated through the REST API from orders imported by the real import, then opened with POI and checked
 * against SQL and arithmetic done here, independently of the reports' own queries.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FROM = LocalDate.of(2023, 1, 1);
    private static final LocalDate TO = LocalDate.of(2023, 6, 30);
    private static final LocalDate MIGRATION_FROM = LocalDate.of(2022, 11, 15);
    private static final LocalDate MIGRATION_TO = LocalDate.of(2023, 12, 31);

    @Autowired private ApprovalSla sla;
    @Autowired private ChannelService channels;
    @Autowired private ImportService imports;
    @Autowired private TestUsers users;
    @Autowired private JdbcTemplate jdbc;

    private List<String> codes;
    private final Map<String, ReportRecord> records = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private List<OrderFact> orders;
    private List<ReportSeeds.Classified> classified;
    private List<ReportSeeds.Task> tasks;
    private List<ReportSeeds.Decision> decisions;

    record OrderFact(String channel, long id, long customerId, Instant at, BigDecimal goods, BigDecimal total) {
    }

    @BeforeAll
    void importOrdersAndGenerateEveryReport() throws Exception {
        Channel a = ChannelFiles.createChannel(channels, "rptA");
        Channel b = ChannelFiles.createChannel(channels, "rptB");
        codes = List.of(a.code(), b.code());
        ReportData data = new ReportData(a.code(), 11);
        int i = 0;
        List<Long> importIds = new java.util.ArrayList<>();
        for (Channel channel : List.of(a, b)) {
            var submitted = imports.submit(channel.code(), "orders-" + channel.code() + ".csv",
                    new ByteArrayInputStream(data.file(i++)), ImportSource.UPLOAD, "report-it");
            Await.until(() -> imports.get(submitted.id()), r -> r.status().isFinished(), Duration.ofSeconds(120));
            importIds.add(submitted.id());
        }
        // the classification runs the imports started must be over before the seeded classification goes in
        Await.until(() -> jdbc.queryForObject("select count(*) from classification_run where finished_at is not null "
                + "and import_id in (?, ?)", Long.class, importIds.get(0), importIds.get(1)), n -> n == 2,
                Duration.ofSeconds(180));
        orders = jdbc.query("""
                select c.code, o.id, o.customer_id, o.ordered_at, o.goods_amount, o.total_amount
                  from sales_order o join channel c on c.id = o.channel_id where c.code in (?, ?)""",
                (rs, n) -> new OrderFact(rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getBigDecimal(5), rs.getBigDecimal(6)),
                codes.get(0), codes.get(1));
        assertThat(orders).hasSizeGreaterThan(60);
        ReportSeeds seeds = new ReportSeeds(jdbc);
        List<Long> customers = orders.stream().map(OrderFact::customerId).distinct().sorted().toList();
        classified = seeds.classify(customers, FROM, TO);
        tasks = seeds.engage(customers, FROM, TO);
        decisions = seeds.decide(jdbc.queryForList("""
                select a.order_id from audit_result a join sales_order o on o.id = a.order_id
                  join channel c on c.id = o.channel_id
                 where c.code in (?, ?) and a.outcome = 'CLERK_REVIEW' order by a.order_id""", Long.class,
                codes.get(0), codes.get(1)));
        assertThat(decisions).as("orders of 2023 are too old: the audit sends them to clerks").hasSizeGreaterThan(20);

        LocalDate today = LocalDate.now(ZONE);
        request("orders", Roles.MANAGER, "en", Map.of("granularity", "MONTH"), FROM, TO);
        request("orders-guangdong", Roles.MANAGER, "en", Map.of("granularity", "WEEK", "provinces", List.of("广东省")),
                FROM, TO);
        request("order-detail", Roles.MANAGER, "zh", Map.of(), FROM, TO);
        request("order-detail-admin", Roles.ADMIN, "en", Map.of(), FROM, TO);
        request("retention", Roles.MANAGER, "en", Map.of("churnDays", 60), FROM, TO);
        request("cross-sell", Roles.MANAGER, "zh", Map.of(), FROM, TO);
        request("profitability", Roles.MANAGER, "en", Map.of(), FROM, TO);
        request("imports", Roles.MANAGER, "en", Map.of(), today.minusDays(1), today.plusDays(1));
        request("customers", Roles.MANAGER, "en", Map.of(), FROM, TO);
        request("customers-admin", Roles.ADMIN, "en", Map.of(), FROM, TO);
        request("customers-high", Roles.MANAGER, "en", Map.of("tiers", List.of("HIGH")), FROM, TO);
        request("customers-dates", Roles.MANAGER, "en", Map.of("migrationFrom", MIGRATION_FROM.toString(),
                "migrationTo", MIGRATION_TO.toString()), FROM, TO);
        request("approvals", Roles.MANAGER, "en", Map.of(), FROM, TO);
        request("engagement", Roles.MANAGER, "zh", Map.of(), FROM, TO);
        for (Map.Entry<String, ReportRecord> entry : records.entrySet()) {
            String role = entry.getKey().endsWith("-admin") ? Roles.ADMIN : Roles.MANAGER;
            ReportRecord done = Await.until(() -> get(role, entry.getValue().id()), r -> r.status().isFinished(),
                    Duration.ofSeconds(240));
            assertThat(done.status()).as("%s: %s", entry.getKey(), done.message()).isEqualTo(ReportStatus.COMPLETED);
            entry.setValue(done);
            files.put(entry.getKey(), users.api(role).get().uri("/api/reports/{id}/file", done.id())
                    .retrieve().body(byte[].class));
        }
    }

    @Test
    void shouldArchiveEachReportWithWhoAskedItsSizeAndProgress() {
        ReportRecord orders = records.get("orders");
        assertThat(orders.requestedBy()).isEqualTo(users.userOf(Roles.MANAGER));
        assertThat(orders.progress()).isEqualTo(100);
        assertThat(orders.sizeBytes()).isEqualTo(files.get("orders").length);
        assertThat(orders.parameters().channels()).isEqualTo(codes);
        assertThat(orders.contactsVisible()).isFalse();
        assertThat(orders.attempts()).isEqualTo(1);
        assertThat(orders.fileName()).isEqualTo("tierflow-orders-r" + orders.id() + ".xlsx");
        assertThat(users.api(Roles.MANAGER).get().uri("/api/reports?kind=orders&limit=500").retrieve()
                .body(ReportRecord[].class)).extracting(ReportRecord::id).contains(orders.id());
    }

    @Test
    void shouldSplitOrdersByChannelAndMonthAsTheDatabaseHasThem() {
        XSSFWorkbook book = Workbooks.open(files.get("orders"));

        assertThat(Workbooks.sheetNames(book)).containsExactly("Summary", "By channel and period", "Revenue trend",
                "By city", "By province", "By SKU", "By category", "Category by province", "Category by period",
                "Ledger reconciliation");
        XSSFSheet sheet = book.getSheet("By channel and period");
        assertTable(sheet);
        assertThat(Workbooks.header(sheet)).containsExactly("Period start", "Channel", "Orders", "Customers", "Goods",
                "Discounts", "Shipping", "Order amount", "Average order value", "Refunds");
        Map<String, List<OrderFact>> expected = orders.stream().collect(Collectors.groupingBy(
                o -> YearMonth.from(o.at().atZone(ZONE)) + "|" + o.channel()));
        assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            LocalDate month = row.getCell(0).getLocalDateTimeCellValue().toLocalDate();
            List<OrderFact> group = expected.get(YearMonth.from(month) + "|" + text(row, 1));
            assertThat(group).as("row %d", r).isNotNull();
            assertThat(number(row, 2)).isEqualTo(group.size());
            assertThat(number(row, 7)).isCloseTo(sum(group, OrderFact::total), within(0.005));
            assertThat(number(row, 4)).isCloseTo(sum(group, OrderFact::goods), within(0.005));
        }
        assertThat(sheet.getRow(1).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(sheet.getRow(1).getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");

        XSSFSheet summary = book.getSheetAt(0);
        assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Orders");
        assertThat(valueOf(summary, "Orders")).isEqualTo(orders.size());
        assertThat(valueOf(summary, "Order amount")).isCloseTo(sum(orders, OrderFact::total), within(0.005));
        assertThat(chartCount(book.getSheet("Revenue trend"))).isEqualTo(1);
        assertThat(book.getSheet("Revenue trend").getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea()
                .getLineChartList()).hasSize(1);
        assertThat(book.getSheet("By province").getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea()
                .getBarChartList()).hasSize(1);
        assertThat(book.getSheet("By category").getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea()
                .getPieChartList()).hasSize(1);
        assertThat(book.getSheet("By city").getRow(1).getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0%");

        XSSFSheet ledger = book.getSheet("Ledger reconciliation");
        assertThat(ledger.getLastRowNum()).isEqualTo(2);
        for (int r = 1; r <= 2; r++) {
            assertThat(text(ledger.getRow(r), column(ledger, "Balanced"))).isEqualTo("yes");
            assertThat(number(ledger.getRow(r), column(ledger, "Difference"))).isZero();
        }
    }

    @Test
    void shouldKeepToTheChosenProvinceAndCutWeeksOnMondays() {
        XSSFWorkbook book = Workbooks.open(files.get("orders-guangdong"));
        Map<String, Long> expected = new TreeMap<>();
        jdbc.query("select c.code, o.ordered_at from sales_order o join channel c on c.id = o.channel_id "
                + "where c.code in (?, ?) and o.province = '广东省'", rs -> {
                    LocalDate day = rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(ZONE).toLocalDate();
                    LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1);
                    expected.merge(monday + "|" + rs.getString(1), 1L, Long::sum);
                }, codes.get(0), codes.get(1));

        XSSFSheet cities = book.getSheet("By city");
        assertThat(cities.getLastRowNum()).isPositive();
        for (int r = 1; r <= cities.getLastRowNum(); r++) {
            assertThat(text(cities.getRow(r), 0)).isEqualTo("广东省");
        }
        XSSFSheet weeks = book.getSheet("By channel and period");
        Map<String, Long> written = new TreeMap<>();
        for (int r = 1; r <= weeks.getLastRowNum(); r++) {
            Row row = weeks.getRow(r);
            LocalDate start = row.getCell(0).getLocalDateTimeCellValue().toLocalDate();
            assertThat(start.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
            written.put(start + "|" + text(row, 1), (long) number(row, 2));
        }
        assertThat(written).isEqualTo(expected);
    }

    @Test
    void shouldWriteFormulaPayloadsFromImportedFilesAsText() {
        XSSFWorkbook book = Workbooks.open(files.get("orders"));
        XSSFSheet skus = book.getSheet("By SKU");
        int product = column(skus, "Product");
        Row payload = null;
        for (Row row : skus) {
            if (ReportData.PAYLOAD_PRODUCT.equals(text(row, product))) {
                payload = row;
            }
        }
        assertThat(payload).as("the imported payload product is in the report").isNotNull();
        assertThat(payload.getCell(product).getCellType()).isEqualTo(CellType.STRING);
        assertThat(payload.getCell(product).getCellStyle().getQuotePrefixed()).isTrue();
        for (String report : files.keySet()) {
            assertNoFormulas(Workbooks.open(files.get(report)));
        }

        XSSFSheet detail = Workbooks.open(files.get("order-detail-admin")).getSheetAt(1);
        int name = column(detail, "Customer");
        Set<String> payloadNames = new HashSet<>();
        for (Row row : detail) {
            String value = text(row, name);
            if (ReportData.PAYLOADS.contains(value)) {
                payloadNames.add(value);
                assertThat(row.getCell(name).getCellStyle().getQuotePrefixed()).as(value).isTrue();
            }
        }
        assertThat(payloadNames).containsExactlyInAnyOrderElementsOf(ReportData.PAYLOADS);
    }

    @Test
    void shouldMaskContactsForManagersAndShowThemToAdministrators() {
        XSSFSheet masked = Workbooks.open(files.get("order-detail")).getSheetAt(1);
        XSSFSheet full = Workbooks.open(files.get("order-detail-admin")).getSheetAt(1);
        Map<String, String> phoneByOrder = new HashMap<>();
        Map<String, String> emailByOrder = new HashMap<>();
        jdbc.query("select o.channel_order_no, o.phone, o.email from sales_order o join channel c on c.id = o.channel_id "
                + "where c.code in (?, ?)", rs -> {
                    phoneByOrder.put(rs.getString(1), rs.getString(2));
                    emailByOrder.put(rs.getString(1), rs.getString(3));
                }, codes.get(0), codes.get(1));
        long lines = jdbc.queryForObject("select count(*) from order_line l join sales_order o on o.id = l.order_id "
                + "join channel c on c.id = o.channel_id where c.code in (?, ?)", Long.class, codes.get(0), codes.get(1));

        assertThat(masked.getLastRowNum()).isEqualTo(lines);
        assertThat(full.getLastRowNum()).isEqualTo(lines);
        assertTable(masked);
        int orderNo = column(full, "Order number");
        int phone = column(full, "Phone");
        int email = column(full, "E-mail");
        int emails = 0;
        for (int r = 1; r <= full.getLastRowNum(); r++) {
            String order = text(full.getRow(r), orderNo);
            assertThat(text(full.getRow(r), phone)).isEqualTo(phoneByOrder.get(order));
            assertThat(text(masked.getRow(r), phone)).matches("1\\d{2}\\*{4}\\d{4}")
                    .endsWith(phoneByOrder.get(order).substring(7));
            if (emailByOrder.get(order) != null) {
                emails++;
                assertThat(text(full.getRow(r), email)).isEqualTo(emailByOrder.get(order));
                assertThat(text(masked.getRow(r), email)).matches("b\\*\\*\\*@example\\.cn");
            }
        }
        assertThat(emails).isPositive();
        assertThat(full.getRow(1).getCell(column(full, "Ordered at")).getCellStyle().getDataFormatString())
                .isEqualTo("yyyy-mm-dd hh:mm:ss");
        assertThat(Workbooks.header(masked)).contains("手机号", "邮箱", "下单时间");

        assertThatThrownBy(() -> users.api(Roles.MANAGER).get()
                .uri("/api/reports/{id}/file", records.get("order-detail-admin").id()).retrieve().body(byte[].class))
                .isInstanceOfSatisfying(HttpClientErrorException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
        assertThat(users.api(Roles.ADMIN).get().uri("/api/reports/{id}/file", records.get("order-detail").id())
                .retrieve().body(byte[].class)).isEqualTo(files.get("order-detail"));
    }

    @Test
    void shouldComputeMonthlyCohortsAndChurnAsTheOrdersSay() {
        XSSFWorkbook book = Workbooks.open(files.get("retention"));
        assertThat(Workbooks.sheetNames(book)).containsExactly("Summary", "Monthly cohorts", "Churn by channel",
                "Churn by province", "Churn by tier", "Churn probability");
        XSSFSheet cohorts = book.getSheet("Monthly cohorts");
        assertTable(cohorts);
        Map<Long, YearMonth> firstMonth = new HashMap<>();
        Map<Long, Set<YearMonth>> active = new HashMap<>();
        for (OrderFact o : orders) {
            YearMonth month = YearMonth.from(o.at().atZone(ZONE));
            firstMonth.merge(o.customerId(), month, (x, y) -> x.isBefore(y) ? x : y);
            active.computeIfAbsent(o.customerId(), k -> new HashSet<>()).add(month);
        }
        for (int r = 1; r <= 6; r++) {
            Row row = cohorts.getRow(r);
            YearMonth cohort = YearMonth.parse(text(row, 0));
            List<Long> members = firstMonth.entrySet().stream().filter(e -> e.getValue().equals(cohort))
                    .map(Map.Entry::getKey).toList();
            assertThat(number(row, 1)).as("cohort %s", cohort).isEqualTo(members.size());
            if (!members.isEmpty() && cohort.plusMonths(1).isBefore(YearMonth.of(2023, 7))) {
                long back = members.stream().filter(c -> active.get(c).contains(cohort.plusMonths(1))).count();
                assertThat(number(row, 3)).as("M+1 of %s", cohort).isCloseTo((double) back / members.size(), within(1e-6));
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(1.0);
            }
        }
        assertThat(cohorts.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(cohorts.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
        assertThat(cohorts.getSheetConditionalFormatting().getConditionalFormattingAt(0).getRule(0).getConditionType())
                .isEqualTo(ConditionType.COLOR_SCALE);

        Instant churnBefore = TO.plusDays(1).atStartOfDay(ZONE).toInstant().minus(Duration.ofDays(60));
        XSSFSheet churn = book.getSheet("Churn by channel");
        assertThat(chartCount(churn)).isEqualTo(1);
        for (int r = 1; r <= churn.getLastRowNum(); r++) {
            String channel = text(churn.getRow(r), 0);
            Map<Long, Instant> last = new HashMap<>();
            orders.stream().filter(o -> o.channel().equals(channel))
                    .forEach(o -> last.merge(o.customerId(), o.at(), (x, y) -> x.isAfter(y) ? x : y));
            long churned = last.values().stream().filter(at -> at.isBefore(churnBefore)).count();
            assertThat(number(churn.getRow(r), 1)).isEqualTo(last.size());
            assertThat(number(churn.getRow(r), 2)).isEqualTo(churned);
            assertThat(number(churn.getRow(r), 3)).isCloseTo((double) churned / last.size(), within(1e-6));
        }
        assertThat(churn.getLastRowNum()).isEqualTo(2);
    }

    @Test
    void shouldComputeCategoryPairLiftAndRisingSpendAsTheOrdersSay() {
        XSSFWorkbook book = Workbooks.open(files.get("cross-sell"));
        assertThat(Workbooks.sheetNames(book)).containsExactly("摘要", "品类组合", "买了A未买B", "消费上升客户");
        Map<Long, Set<String>> categories = new HashMap<>();
        jdbc.query("select distinct o.customer_id, l.category from order_line l join sales_order o on o.id = l.order_id "
                + "join channel c on c.id = o.channel_id where c.code in (?, ?)",
                rs -> {
                    categories.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                }, codes.get(0), codes.get(1));
        double buyers = categories.size();

        XSSFSheet pairs = book.getSheet("品类组合");
        assertTable(pairs);
        long directedPairs = categories.values().stream().flatMap(s -> s.stream().flatMap(a -> s.stream()
                .filter(b -> !a.equals(b)).map(b -> a + ">" + b))).distinct().count();
        assertThat(pairs.getLastRowNum()).isEqualTo(directedPairs).isPositive();
        double previousLift = Double.MAX_VALUE;
        for (int r = 1; r <= pairs.getLastRowNum(); r++) {
            Row row = pairs.getRow(r);
            String a = text(row, 0);
            String b = text(row, 1);
            long withA = categories.values().stream().filter(s -> s.contains(a)).count();
            long withB = categories.values().stream().filter(s -> s.contains(b)).count();
            long both = categories.values().stream().filter(s -> s.contains(a) && s.contains(b)).count();
            assertThat(number(row, 2)).isEqualTo(both);
            assertThat(number(row, 5)).as("support %s→%s", a, b).isCloseTo(both / buyers, within(1e-6));
            assertThat(number(row, 6)).as("confidence").isCloseTo((double) both / withA, within(1e-6));
            assertThat(number(row, 7)).as("lift").isCloseTo(both * buyers / (withA * withB), within(1e-6));
            assertThat(number(row, 7)).isLessThanOrEqualTo(previousLift + 1e-9);
            previousLift = number(row, 7);
        }
        assertThat(pairs.getRow(1).getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.000");
        assertThat(chartCount(pairs)).isEqualTo(1);

        XSSFSheet prospects = book.getSheet("买了A未买B");
        assertThat(prospects.getLastRowNum()).isPositive();
        for (int r = 1; r <= prospects.getLastRowNum(); r++) {
            Row row = prospects.getRow(r);
            Set<String> bought = categories.get((long) number(row, 3));
            assertThat(bought).contains(text(row, 0)).doesNotContain(text(row, 1));
        }

        Instant from = FROM.atStartOfDay(ZONE).toInstant();
        Instant mid = from.plus(Duration.between(from, TO.plusDays(1).atStartOfDay(ZONE).toInstant()).dividedBy(2));
        XSSFSheet rising = book.getSheet("消费上升客户");
        assertThat(rising.getLastRowNum()).isPositive();
        for (int r = 1; r <= rising.getLastRowNum(); r++) {
            Row row = rising.getRow(r);
            long customer = (long) number(row, 0);
            double first = sum(orders.stream().filter(o -> o.customerId() == customer && o.at().isBefore(mid)).toList(),
                    OrderFact::total);
            double second = sum(orders.stream().filter(o -> o.customerId() == customer && !o.at().isBefore(mid)).toList(),
                    OrderFact::total);
            assertThat(number(row, 6)).isCloseTo(first, within(0.005));
            assertThat(number(row, 7)).isCloseTo(second, within(0.005));
            assertThat(second).isGreaterThan(first);
        }
        assertThat(rising.getRow(1).getCell(column(rising, "手机号")).getStringCellValue()).contains("****");
    }

    @Test
    void shouldSumTheLedgerPerChannelForProfitability() {
        XSSFWorkbook book = Workbooks.open(files.get("profitability"));
        XSSFSheet sheet = book.getSheet("By channel");
        assertTable(sheet);
        Map<String, BigDecimal> net = new TreeMap<>();
        jdbc.query("select c.code, sum(e.amount) from ledger_entry e join sales_order o on o.id = e.order_id "
                + "join channel c on c.id = o.channel_id where c.code in (?, ?) group by c.code",
                rs -> {
                    net.put(rs.getString(1), rs.getBigDecimal(2));
                }, codes.get(0), codes.get(1));
        assertThat(sheet.getLastRowNum()).isEqualTo(2);
        for (int r = 1; r <= 2; r++) {
            Row row = sheet.getRow(r);
            assertThat(number(row, column(sheet, "Net"))).isCloseTo(net.get(text(row, 0)).doubleValue(), within(0.005));
            String channel = text(row, 0);
            assertThat(number(row, column(sheet, "Goods"))).isCloseTo(
                    sum(orders.stream().filter(o -> o.channel().equals(channel)).toList(), OrderFact::goods), within(0.005));
        }
        assertThat(chartCount(sheet)).isEqualTo(1);
        assertThat(book.getSheet("By channel and month").getLastRowNum()).isEqualTo(
                orders.stream().map(o -> YearMonth.from(o.at().atZone(ZONE)) + o.channel()).distinct().count());
    }

    @Test
    void shouldCountFilesRowsAndSkipsByReasonPerChannel() {
        XSSFWorkbook book = Workbooks.open(files.get("imports"));
        assertThat(Workbooks.sheetNames(book)).containsExactly("Summary", "By channel", "Skips by channel and reason",
                "Skips by reason", "Files");
        XSSFSheet byChannel = book.getSheet("By channel");
        assertTable(byChannel);
        for (int r = 1; r <= byChannel.getLastRowNum(); r++) {
            Row row = byChannel.getRow(r);
            Map<String, Object> expected = jdbc.queryForMap("select count(*) as files, sum(r.rows_read) as rows_read, "
                    + "sum(r.rows_skipped) as rows_skipped from import_run r join channel c on c.id = r.channel_id "
                    + "where c.code = ?", text(row, 0));
            assertThat(number(row, column(byChannel, "Files"))).isEqualTo(((Number) expected.get("files")).doubleValue());
            assertThat(number(row, column(byChannel, "Rows read"))).isEqualTo(((Number) expected.get("rows_read")).doubleValue());
            assertThat(number(row, column(byChannel, "Rows skipped"))).isEqualTo(((Number) expected.get("rows_skipped")).doubleValue());
        }
        assertThat(byChannel.getLastRowNum()).isEqualTo(2);
        XSSFSheet reasons = book.getSheet("Skips by channel and reason");
        List<String> expectedReasons = jdbc.query("select c.code || ':' || e.reason || ':' || count(*) from import_error e "
                + "join import_run r on r.id = e.import_id join channel c on c.id = r.channel_id where c.code in (?, ?) "
                + "group by c.code, e.reason", (rs, n) -> rs.getString(1), codes.get(0), codes.get(1));
        List<String> written = new java.util.ArrayList<>();
        for (int r = 1; r <= reasons.getLastRowNum(); r++) {
            Row row = reasons.getRow(r);
            written.add(text(row, 0) + ":" + text(row, 1) + ":" + (long) number(row, 2));
        }
        assertThat(written).containsExactlyInAnyOrderElementsOf(expectedReasons).isNotEmpty();
        assertThat(chartCount(book.getSheet("Skips by reason"))).isEqualTo(1);
    }

    @Test
    void shouldOpenEveryReportInLibreOffice() throws Exception {
        Path dir = Files.createTempDirectory("reports-lo");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(dir.resolve(file.getKey() + ".xlsx"), file.getValue());
        }
        Map<String, String> firstSheets = new LinkedHashMap<>();
        files.forEach((name, bytes) -> firstSheets.put(name, Workbooks.open(bytes).getSheetName(0)));

        LibreOffice.Converted converted = LibreOffice.convertToOds(dir, firstSheets.keySet());

        assertThat(converted.exitCode()).as(converted.output()).isZero();
        firstSheets.forEach((name, firstSheet) -> assertThat(converted.contentXml(name))
                .as("%s converted by LibreOffice", name).contains("table:name=\"" + firstSheet + "\""));
    }

    @Test
    void shouldLetOnlyManagersAndAdministratorsAtReports() {
        for (String role : List.of(Roles.CLERK, Roles.MARKETING, Roles.CUSTOMER_SERVICE, Roles.CHANNEL)) {
            assertThatThrownBy(() -> users.api(role).get().uri("/api/reports").retrieve().body(String.class))
                    .as(role).isInstanceOfSatisfying(HttpClientErrorException.class,
                            e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
            assertThatThrownBy(() -> users.api(role).post().uri("/api/reports").body(Map.of("kind", "orders"))
                    .retrieve().body(String.class)).isInstanceOf(HttpClientErrorException.Forbidden.class);
        }
        assertThat(users.api(Roles.MANAGER).get().uri("/api/reports/catalogue").retrieve().body(ReportKindInfo[].class))
                .extracting(ReportKindInfo::kind)
                .containsExactly("approvals", "cross-sell", "customers", "engagement", "imports", "order-detail", "orders",
                        "profitability", "retention");
    }

    @Test
    void shouldRefuseParametersAReportCannotHonour() {
        RestClient manager = users.api(Roles.MANAGER);
        Map<String, Object> tiers = Map.of("kind", "imports", "parameters",
                Map.of("from", "2023-01-01", "to", "2023-01-31", "tiers", List.of("HIGH")));
        assertThatThrownBy(() -> manager.post().uri("/api/reports").body(tiers).retrieve().body(String.class))
                .isInstanceOfSatisfying(HttpClientErrorException.BadRequest.class,
                        e -> assertThat(e.getResponseBodyAsString()).contains("tiers"));
        Map<String, Object> gold = Map.of("kind", "customers", "parameters",
                Map.of("from", "2023-01-01", "to", "2023-01-31", "tiers", List.of("GOLD")));
        assertThatThrownBy(() -> manager.post().uri("/api/reports").body(gold).retrieve().body(String.class))
                .isInstanceOfSatisfying(HttpClientErrorException.BadRequest.class,
                        e -> assertThat(e.getResponseBodyAsString()).contains("'GOLD' is not a customer tier"));
        Map<String, Object> migration = Map.of("kind", "orders", "parameters",
                Map.of("from", "2023-01-01", "to", "2023-01-31", "migrationFrom", "2023-01-01"));
        assertThatThrownBy(() -> manager.post().uri("/api/reports").body(migration).retrieve().body(String.class))
                .isInstanceOfSatisfying(HttpClientErrorException.BadRequest.class,
                        e -> assertThat(e.getResponseBodyAsString()).contains("migrationFrom"));
        Map<String, Object> backwardsMigration = Map.of("kind", "customers", "parameters", Map.of("from", "2023-01-01",
                "to", "2023-01-31", "migrationFrom", "2023-03-01", "migrationTo", "2023-02-01"));
        assertThatThrownBy(() -> manager.post().uri("/api/reports").body(backwardsMigration).retrieve().body(String.class))
                .isInstanceOfSatisfying(HttpClientErrorException.BadRequest.class,
                        e -> assertThat(e.getResponseBodyAsString()).contains("'migrationTo' (2023-02-01) is before"));
        Map<String, Object> backwards = Map.of("kind", "orders", "parameters", Map.of("from", "2023-02-01", "to", "2023-01-31"));
        assertThatThrownBy(() -> manager.post().uri("/api/reports").body(backwards).retrieve().body(String.class))
                .isInstanceOf(HttpClientErrorException.BadRequest.class);
        Map<String, Object> unknown = Map.of("kind", "forecasts", "parameters", Map.of("from", "2023-01-01", "to", "2023-01-31"));
        assertThatThrownBy(() -> manager.post().uri("/api/reports").body(unknown).retrieve().body(String.class))
                .isInstanceOf(HttpClientErrorException.NotFound.class);
    }

    @Test
    void shouldDescribeCustomersByTierSegmentStageValueMigrationAndTags() {
        XSSFWorkbook book = Workbooks.open(files.get("customers"));
        assertThat(Workbooks.sheetNames(book)).containsExactly("Summary", "Tiers", "Segments", "Lifecycle stages",
                "Top by value", "Top by CLV", "Tier migration", "Tags");
        assertThat(valueOf(book.getSheetAt(0), "Classified customers")).isEqualTo(classified.size());

        XSSFSheet tiers = book.getSheet("Tiers");
        assertTable(tiers);
        assertThat(tiers.getLastRowNum()).isEqualTo(3);
        for (int r = 1; r <= tiers.getLastRowNum(); r++) {
            Row row = tiers.getRow(r);
            List<ReportSeeds.Classified> group = classified.stream().filter(c -> c.tier().equals(text(row, 0))).toList();
            assertThat(number(row, 1)).as(text(row, 0)).isEqualTo(group.size());
            assertThat(number(row, 2)).isCloseTo((double) group.size() / classified.size(), within(1e-6));
            assertThat(number(row, column(tiers, "Net value"))).isCloseTo(group.stream()
                    .map(ReportSeeds.Classified::netValue).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue(), within(0.005));
            assertThat(number(row, column(tiers, "CLV (12 months)"))).isCloseTo(group.stream()
                    .map(c -> c.clv() == null ? BigDecimal.ZERO : c.clv()).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .doubleValue(), within(0.005));
        }
        assertThat(tiers.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(tiers.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(tiers.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea().getPieChartList()).hasSize(1);
        assertGroupCounts(book.getSheet("Segments"), ReportSeeds.Classified::segment);
        XSSFSheet stages = book.getSheet("Lifecycle stages");
        assertGroupCounts(stages, ReportSeeds.Classified::stage);
        assertThat(stages.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea().getBarChartList()).hasSize(1);

        XSSFSheet top = book.getSheet("Top by value");
        assertTable(top);
        assertThat(top.getLastRowNum()).isEqualTo(classified.size());
        ReportSeeds.Classified richest = classified.stream().max(java.util.Comparator.comparing(ReportSeeds.Classified::netValue))
                .orElseThrow();
        assertThat(number(top.getRow(1), 0)).isEqualTo(richest.customerId());
        assertThat(number(top.getRow(1), column(top, "Net value"))).isEqualTo(richest.netValue().doubleValue());
        assertThat(text(top.getRow(1), column(top, "Tier"))).isEqualTo(richest.tier());
        for (int r = 2; r <= top.getLastRowNum(); r++) {
            assertThat(number(top.getRow(r), column(top, "Net value")))
                    .isLessThanOrEqualTo(number(top.getRow(r - 1), column(top, "Net value")));
        }
        assertThat(text(top.getRow(1), column(top, "Phone"))).matches("1\\d{2}\\*{4}\\d{4}");
        assertThat(top.getRow(1).getCell(column(top, "Last purchase")).getCellStyle().getDataFormatString())
                .isEqualTo("yyyy-mm-dd");
        assertThat(book.getSheet("Top by CLV").getLastRowNum())
                .isEqualTo(classified.stream().filter(c -> c.clv() != null).count());

        assertMigration(book.getSheet("Tier migration"), FROM, TO);

        XSSFSheet tags = book.getSheet("Tags");
        Map<String, Long> expectedTags = classified.stream().flatMap(c -> c.tags().stream())
                .collect(Collectors.groupingBy(t -> t, TreeMap::new, Collectors.counting()));
        Map<String, Long> writtenTags = new TreeMap<>();
        for (int r = 1; r <= tags.getLastRowNum(); r++) {
            writtenTags.put(text(tags.getRow(r), 0), (long) number(tags.getRow(r), 1));
        }
        assertThat(writtenTags).isEqualTo(expectedTags);
        assertThat(chartCount(tags)).isEqualTo(1);
    }

    @Test
    void shouldShowTopCustomersContactsOnlyToThoseWhoMaySeeThem() {
        XSSFSheet full = Workbooks.open(files.get("customers-admin")).getSheet("Top by value");
        XSSFSheet masked = Workbooks.open(files.get("customers")).getSheet("Top by value");
        assertThat(full.getLastRowNum()).isEqualTo(masked.getLastRowNum()).isPositive();
        int phone = column(full, "Phone");
        for (int r = 1; r <= full.getLastRowNum(); r++) {
            long customer = (long) number(full.getRow(r), 0);
            String stored = jdbc.queryForObject("select phone from customer where id = ?", String.class, customer);
            assertThat(text(full.getRow(r), phone)).isEqualTo(stored);
            assertThat(text(masked.getRow(r), phone)).isEqualTo(stored.substring(0, 3) + "****" + stored.substring(7));
        }
    }

    @Test
    void shouldKeepTheCustomersReportToTheChosenTiers() {
        XSSFWorkbook book = Workbooks.open(files.get("customers-high"));
        XSSFSheet tiers = book.getSheet("Tiers");
        assertThat(tiers.getLastRowNum()).isEqualTo(1);
        assertThat(text(tiers.getRow(1), 0)).isEqualTo("HIGH");
        assertThat(number(tiers.getRow(1), 1)).isEqualTo(classified.stream().filter(c -> c.tier().equals("HIGH")).count());
        XSSFSheet top = book.getSheet("Top by value");
        for (int r = 1; r <= top.getLastRowNum(); r++) {
            assertThat(text(top.getRow(r), column(top, "Tier"))).isEqualTo("HIGH");
        }
        assertThat(text(book.getSheetAt(0).getRow(valueRow(book.getSheetAt(0), "Tiers")), 1)).isEqualTo("HIGH");
    }

    @Test
    void shouldSplitChurnByTierAndCountChurnProbabilityBands() {
        XSSFWorkbook book = Workbooks.open(files.get("retention"));
        Instant churnBefore = TO.plusDays(1).atStartOfDay(ZONE).toInstant().minus(Duration.ofDays(60));
        Map<Long, Instant> last = new HashMap<>();
        orders.forEach(o -> last.merge(o.customerId(), o.at(), (x, y) -> x.isAfter(y) ? x : y));
        Map<Long, String> tierOf = classified.stream().collect(Collectors.toMap(ReportSeeds.Classified::customerId,
                ReportSeeds.Classified::tier));
        XSSFSheet byTier = book.getSheet("Churn by tier");
        assertTable(byTier);
        assertThat(byTier.getLastRowNum()).isEqualTo(3);
        for (int r = 1; r <= byTier.getLastRowNum(); r++) {
            String tier = text(byTier.getRow(r), 0);
            List<Long> members = last.keySet().stream().filter(c -> tier.equals(tierOf.get(c))).toList();
            long churned = members.stream().filter(c -> last.get(c).isBefore(churnBefore)).count();
            assertThat(number(byTier.getRow(r), 1)).as(tier).isEqualTo(members.size());
            assertThat(number(byTier.getRow(r), 2)).as(tier).isEqualTo(churned);
        }

        XSSFSheet bands = book.getSheet("Churn probability");
        assertTable(bands);
        assertThat(bands.getLastRowNum()).isEqualTo(11);
        for (int band = 0; band < 10; band++) {
            int b = band;
            long expected = classified.stream().filter(c -> c.pAlive() != null
                    && Math.min(9, (int) Math.floor((1 - c.pAlive()) * 10)) == b).count();
            assertThat(number(bands.getRow(band + 1), 1)).as("band %d", band).isEqualTo(expected);
        }
        assertThat(number(bands.getRow(11), 1)).isEqualTo(classified.stream().filter(c -> c.pAlive() == null).count());
        assertThat(bands.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea().getBarChartList()).hasSize(1);
    }

    @Test
    void shouldSumTheLedgerPerCustomerSegmentForProfitability() {
        XSSFWorkbook book = Workbooks.open(files.get("profitability"));
        assertThat(Workbooks.sheetNames(book)).containsExactly("Summary", "By channel", "By segment",
                "By segment and channel", "By channel and month");
        Map<Long, String> segmentOf = classified.stream().collect(Collectors.toMap(ReportSeeds.Classified::customerId,
                ReportSeeds.Classified::segment));
        Map<String, BigDecimal> net = new TreeMap<>();
        Map<String, BigDecimal> refunds = new TreeMap<>();
        jdbc.query("select o.customer_id, sum(e.amount), sum(case when e.kind = 'REFUND' then -e.amount else 0 end) "
                + "from ledger_entry e join sales_order o on o.id = e.order_id join channel c on c.id = o.channel_id "
                + "where c.code in (?, ?) group by o.customer_id", rs -> {
                    net.merge(segmentOf.get(rs.getLong(1)), rs.getBigDecimal(2), BigDecimal::add);
                    refunds.merge(segmentOf.get(rs.getLong(1)), rs.getBigDecimal(3), BigDecimal::add);
                }, codes.get(0), codes.get(1));
        XSSFSheet sheet = book.getSheet("By segment");
        assertTable(sheet);
        assertThat(sheet.getLastRowNum()).isEqualTo(net.size());
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            assertThat(number(row, column(sheet, "Net"))).as(text(row, 0))
                    .isCloseTo(net.get(text(row, 0)).doubleValue(), within(0.005));
            assertThat(number(row, column(sheet, "Refunds"))).isCloseTo(refunds.get(text(row, 0)).doubleValue(), within(0.005));
        }
        assertThat(sheet.getRow(1).getCell(column(sheet, "Net")).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(chartCount(sheet)).isEqualTo(1);
        assertThat(book.getSheet("By segment and channel").getLastRowNum()).isEqualTo(orders.stream()
                .map(o -> segmentOf.get(o.customerId()) + "|" + o.channel()).distinct().count());
    }

    @Test
    void shouldMeasureApprovalsAgainstTheReviewSla() {
        XSSFWorkbook book = Workbooks.open(files.get("approvals"));
        assertThat(Workbooks.sheetNames(book)).containsExactly("Summary", "Audit outcomes", "Outcomes by channel",
                "Rules fired", "Lead times", "Review times", "Reject reasons", "Throughput per person", "Escalations");
        Map<String, Long> outcomes = new TreeMap<>();
        jdbc.query("select a.outcome, count(*) from audit_result a join sales_order o on o.id = a.order_id "
                + "join channel c on c.id = o.channel_id where c.code in (?, ?) group by a.outcome",
                rs -> {
                    outcomes.put(rs.getString(1), rs.getLong(2));
                }, codes.get(0), codes.get(1));
        XSSFSheet audit = book.getSheet("Audit outcomes");
        assertTable(audit);
        long clerkReviews = 0;
        for (int r = 1; r <= audit.getLastRowNum(); r++) {
            if ("Clerk review".equals(text(audit.getRow(r), 0))) {
                clerkReviews = (long) number(audit.getRow(r), 1);
            }
        }
        assertThat(clerkReviews).isEqualTo(outcomes.get("CLERK_REVIEW")).isEqualTo(decisions.size());
        assertThat(audit.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea().getPieChartList()).hasSize(1);

        Map<String, Long> rules = new TreeMap<>();
        jdbc.queryForList("select a.fired_rules from audit_result a join sales_order o on o.id = a.order_id "
                + "join channel c on c.id = o.channel_id where c.code in (?, ?)", String.class, codes.get(0), codes.get(1))
                .forEach(fired -> java.util.Arrays.stream(fired.split(",")).filter(x -> !x.isBlank())
                        .forEach(rule -> rules.merge(rule.strip(), 1L, Long::sum)));
        XSSFSheet fired = book.getSheet("Rules fired");
        Map<String, Long> writtenRules = new TreeMap<>();
        for (int r = 1; r <= fired.getLastRowNum(); r++) {
            writtenRules.put(text(fired.getRow(r), 0), (long) number(fired.getRow(r), 1));
        }
        assertThat(writtenRules).isEqualTo(rules).isNotEmpty();
        assertThat(chartCount(fired)).isEqualTo(1);

        List<ReportSeeds.Decision> reviewed = decisions.stream().filter(d -> d.review() != null).toList();
        XSSFSheet lead = book.getSheet("Lead times");
        assertTable(lead);
        Row all = null;
        for (int r = 1; r <= lead.getLastRowNum(); r++) {
            if ("(all channels)".equals(text(lead.getRow(r), 0)) && "Clerk review".equals(text(lead.getRow(r), 1))) {
                all = lead.getRow(r);
            }
        }
        assertThat(all).isNotNull();
        double slaHours = sla.current().reviewSla().toMinutes() / 60.0;
        long inTime = reviewed.stream().filter(d -> !"OVERDUE".equals(d.review()) && d.reviewHours() <= slaHours).count();
        long toPeople = outcomes.getOrDefault("CLERK_REVIEW", 0L) + outcomes.getOrDefault("MANAGER_APPROVAL", 0L);
        assertThat(number(all, column(lead, "Started"))).isEqualTo(toPeople);
        assertThat(number(all, column(lead, "Finished"))).isEqualTo(reviewed.size());
        assertThat(number(all, column(lead, "Open"))).isEqualTo(toPeople - reviewed.size());
        assertThat(number(all, column(lead, "Within SLA"))).isEqualTo(inTime);
        assertThat(number(all, column(lead, "SLA met"))).isCloseTo((double) inTime / reviewed.size(), within(1e-6));
        assertThat(number(all, column(lead, "Average hours"))).isCloseTo(reviewed.stream()
                .mapToDouble(ReportSeeds.Decision::reviewHours).average().orElseThrow(), within(0.001));
        assertThat(number(all, column(lead, "Open past SLA"))).isZero();
        assertThat(all.getCell(column(lead, "SLA met")).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(chartCount(book.getSheet("Review times"))).isEqualTo(1);

        XSSFSheet people = book.getSheet("Throughput per person");
        Map<String, Row> byPerson = new HashMap<>();
        for (int r = 1; r <= people.getLastRowNum(); r++) {
            byPerson.put(text(people.getRow(r), 0), people.getRow(r));
        }
        assertThat(byPerson.keySet()).containsExactlyInAnyOrder(ReportSeeds.CLERK_A, ReportSeeds.CLERK_B, ReportSeeds.MANAGER);
        Row clerkA = byPerson.get(ReportSeeds.CLERK_A);
        assertThat(number(clerkA, column(people, "Reviews"))).isEqualTo(count(d -> ReportSeeds.CLERK_A.equals(d.reviewer())));
        assertThat(number(clerkA, column(people, "Approved"))).isEqualTo(count(d -> "APPROVED".equals(d.review())));
        assertThat(number(clerkA, column(people, "Escalated"))).isEqualTo(count(d -> "ESCALATED".equals(d.review())));
        assertThat(number(byPerson.get(ReportSeeds.CLERK_B), column(people, "Rejected")))
                .isEqualTo(count(d -> "REJECTED".equals(d.review())));
        assertThat(number(byPerson.get(ReportSeeds.MANAGER), column(people, "Approved as manager")))
                .isEqualTo(count(d -> "APPROVED".equals(d.managerDecision())));
        assertThat(number(byPerson.get(ReportSeeds.MANAGER), column(people, "Rejected as manager")))
                .isEqualTo(count(d -> "REJECTED".equals(d.managerDecision())));

        XSSFSheet reasons = book.getSheet("Reject reasons");
        Map<String, Long> writtenReasons = new HashMap<>();
        for (int r = 1; r <= reasons.getLastRowNum(); r++) {
            writtenReasons.put(text(reasons.getRow(r), 0) + ":" + text(reasons.getRow(r), 1), (long) number(reasons.getRow(r), 2));
        }
        assertThat(writtenReasons).containsEntry("Clerk:" + ReportSeeds.CLERK_REJECT, count(d -> "REJECTED".equals(d.review())))
                .containsEntry("Manager:" + ReportSeeds.MANAGER_REJECT, count(d -> "REJECTED".equals(d.managerDecision())));

        XSSFSheet escalations = book.getSheet("Escalations");
        assertThat(escalations.getLastRowNum()).isEqualTo(2);
        for (int r = 1; r <= 2; r++) {
            String channel = text(escalations.getRow(r), 0);
            assertThat(number(escalations.getRow(r), 2)).as(channel)
                    .isEqualTo(count(d -> d.channel().equals(channel) && "ESCALATED".equals(d.review())));
            assertThat(number(escalations.getRow(r), 3)).as(channel)
                    .isEqualTo(count(d -> d.channel().equals(channel) && "OVERDUE".equals(d.review())));
        }
    }

    @Test
    void shouldCountCareAndPromotionTasksAndThePurchaseAfterTaskRate() {
        XSSFWorkbook book = Workbooks.open(files.get("engagement"));
        assertThat(Workbooks.sheetNames(book)).containsExactly("摘要", "按任务类型", "按结果", "按等级", "按月", "逾期任务");
        List<ReportSeeds.Task> inWindow = tasks.stream().filter(ReportSeeds.Task::inWindow).toList();
        XSSFSheet sheet = book.getSheet("按任务类型");
        assertTable(sheet);
        assertThat(sheet.getLastRowNum()).isEqualTo(2);
        for (int r = 1; r <= 2; r++) {
            Row row = sheet.getRow(r);
            String purpose = "关怀".equals(text(row, 0)) ? "CARE" : "PROMOTE";
            List<ReportSeeds.Task> group = inWindow.stream().filter(t -> t.purpose().equals(purpose)).toList();
            long checked = group.stream().filter(t -> t.boughtAgain() != null).count();
            long bought = group.stream().filter(t -> Boolean.TRUE.equals(t.boughtAgain())).count();
            assertThat(number(row, column(sheet, "创建"))).as(purpose).isEqualTo(group.size());
            assertThat(number(row, column(sheet, "完成"))).isEqualTo(group.stream().filter(t -> t.closedAt() != null).count());
            assertThat(number(row, column(sheet, "逾期"))).isEqualTo(group.stream().filter(ReportSeeds.Task::overdue).count());
            assertThat(number(row, column(sheet, "逾期完成"))).isEqualTo(group.stream().filter(ReportSeeds.Task::late).count());
            assertThat(number(row, column(sheet, "已核查复购"))).isEqualTo(checked);
            assertThat(number(row, column(sheet, "任务后复购率"))).isCloseTo((double) bought / checked, within(1e-6));
        }
        assertThat(sheet.getRow(1).getCell(column(sheet, "任务后复购率")).getCellStyle().getDataFormatString())
                .isEqualTo("0.0%");
        assertThat(sheet.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea().getBarChartList()).hasSize(1);

        XSSFSheet outcomes = book.getSheet("按结果");
        assertThat(outcomes.getLastRowNum()).isEqualTo(inWindow.stream()
                .map(t -> t.purpose() + t.outcome()).distinct().count());
        Map<String, Long> contacted = new TreeMap<>();
        for (int r = 1; r <= outcomes.getLastRowNum(); r++) {
            if ("已联系".equals(text(outcomes.getRow(r), 1))) {
                contacted.put(text(outcomes.getRow(r), 0), (long) number(outcomes.getRow(r), 2));
            }
        }
        assertThat(contacted.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(inWindow.stream().filter(t -> "CONTACTED".equals(t.outcome())).count()).isPositive();

        XSSFSheet overdue = book.getSheet("逾期任务");
        assertThat(overdue.getLastRowNum()).isEqualTo(inWindow.stream().filter(ReportSeeds.Task::overdue).count()).isPositive();
        for (int r = 1; r <= overdue.getLastRowNum(); r++) {
            assertThat(text(overdue.getRow(r), column(overdue, "手机号"))).matches("1\\d{2}\\*{4}\\d{4}");
        }
        assertThat(overdue.getRow(1).getCell(column(overdue, "截止时间")).getCellStyle().getDataFormatString())
                .isEqualTo("yyyy-mm-dd hh:mm:ss");
    }

    private void assertGroupCounts(XSSFSheet sheet, java.util.function.Function<ReportSeeds.Classified, String> key) {
        assertTable(sheet);
        Map<String, Long> expected = classified.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
        Map<String, Long> written = new TreeMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            written.put(text(sheet.getRow(r), 0), (long) number(sheet.getRow(r), 1));
        }
        assertThat(written).as(sheet.getSheetName()).isEqualTo(expected);
    }

    @Test
    void shouldCompareTiersOnTheTwoChosenDays() {
        XSSFWorkbook book = Workbooks.open(files.get("customers-dates"));
        assertMigration(book.getSheet("Tier migration"), MIGRATION_FROM, MIGRATION_TO);
        assertThat(text(book.getSheetAt(0).getRow(valueRow(book.getSheetAt(0), "Tier migration between")), 1))
                .isEqualTo(MIGRATION_FROM + " → " + MIGRATION_TO);
    }

    /** Rows: the tier at the end of the first day; columns: at the end of the second; every customer in one cell. */
    private void assertMigration(XSSFSheet migration, LocalDate first, LocalDate second) {
        assertTable(migration);
        List<String> header = Workbooks.header(migration);
        assertThat(header.get(0)).contains(first.toString()).contains(second.toString());
        long cells = 0;
        long changed = 0;
        for (int r = 1; r <= migration.getLastRowNum(); r++) {
            Row row = migration.getRow(r);
            String from = tierOf(text(row, 0));
            for (int c = 1; c <= 4; c++) {
                String to = tierOf(header.get(c));
                long expected = classified.stream().filter(x -> x.tierOn(first).equals(from) && x.tierOn(second).equals(to))
                        .count();
                assertThat(number(row, c)).as("%s → %s", from, to).isEqualTo(expected);
                cells += expected;
                changed += from.equals(to) ? 0 : expected;
            }
        }
        assertThat(cells).isEqualTo(classified.size());
        assertThat(changed).as("some customers changed tier between %s and %s", first, second).isPositive();
    }

    private static String tierOf(String label) {
        return "(no tier yet)".equals(label) ? "" : label;
    }

    private long count(java.util.function.Predicate<ReportSeeds.Decision> which) {
        return decisions.stream().filter(which).count();
    }

    private static int valueRow(XSSFSheet summary, String label) {
        for (Row row : summary) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no summary line '" + label + "'");
    }

    private void request(String name, String role, String language, Map<String, Object> extra, LocalDate from, LocalDate to) {
        Map<String, Object> parameters = new HashMap<>(extra);
        parameters.put("from", from.toString());
        parameters.put("to", to.toString());
        parameters.put("channels", codes);
        String kind = name.replaceAll("-(admin|guangdong|high|dates)$", "");
        ReportRecord queued = users.api(role).post().uri("/api/reports")
                .body(Map.of("kind", kind, "parameters", parameters, "language", language))
                .retrieve().body(ReportRecord.class);
        assertThat(queued.status()).isIn(ReportStatus.QUEUED, ReportStatus.RUNNING);
        records.put(name, queued);
    }

    private ReportRecord get(String role, long id) {
        return users.api(role).get().uri("/api/reports/{id}", id).retrieve().body(ReportRecord.class);
    }

    private static double valueOf(XSSFSheet summary, String label) {
        for (Row row : summary) {
            // the title row may read like a figure ("Orders"); figures are the rows with a number beside the label
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())
                    && row.getCell(1) != null && row.getCell(1).getCellType() == CellType.NUMERIC) {
                return row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no key figure '" + label + "'");
    }

    private static double sum(List<OrderFact> facts, java.util.function.Function<OrderFact, BigDecimal> amount) {
        return facts.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
    }
}
