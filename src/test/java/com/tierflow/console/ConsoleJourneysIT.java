package com.tierflow.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierflow.audit.ApprovalSla;
import com.tierflow.audit.ApprovalTask;
import com.tierflow.audit.OrderApprovals;
import com.tierflow.audit.SlaSettings;
import com.tierflow.audit.TaskFilter;
import com.tierflow.audit.TaskScope;
import com.tierflow.classification.ClassificationRun;
import com.tierflow.classification.ClassificationService;
import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.ImportService;
import com.tierflow.intake.OrderField;
import com.tierflow.order.OrderLifecycle;
import com.tierflow.order.OrderStatus;
import com.tierflow.report.ReportService;
import com.tierflow.security.Roles;
import com.tierflow.support.Await;
import com.tierflow.support.Browser;
import com.tierflow.support.ChannelFiles;
import com.tierflow.support.IntegrationTest;
import com.tierflow.support.OrderCsv;
import com.tierflow.support.TestUsers;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.openqa.selenium.Keys;
import org.springframework.jdbc.core.JdbcTemplate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The console's main journeys in real headless Chromium, with screenshots of the pages they pass. */
@IntegrationTest
class ConsoleJourneysIT {

    private static Browser browser;

    @Autowired TestUsers users;
    @Autowired ChannelService channels;
    @Autowired ImportService imports;
    @Autowired OrderApprovals approvals;
    @Autowired OrderLifecycle lifecycle;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReportService reports;
    @Autowired ClassificationService classification;
    @Autowired com.tierflow.classification.EngagementService engagement;
    @Autowired TaskService engineTasks;
    @Autowired HistoryService history;
    @Autowired ApprovalSla sla;

    @BeforeAll
    static void startBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void shouldLetAChannelUserUploadAFileAndSeeItsResult(@org.junit.jupiter.api.io.TempDir Path folder)
            throws IOException {
        Channel channel = ChannelFiles.createChannel(channels, "e2e");
        String user = users.channelUserOf(channel.code());
        String today = LocalDateTime.now(ChannelFiles.CHANNEL_ZONE).withNano(0)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        Path file = folder.resolve("orders-today.csv");
        Files.writeString(file, "order_no,ordered_at,customer_id,sku,quantity,unit_price\n"
                + "E2E-" + UUID.randomUUID() + "," + today + ",C-E2E-1,SKU-1,2,19.90\n"
                + "E2E-" + UUID.randomUUID() + "," + today + ",C-E2E-2,SKU-2,1,5.00\n"
                + "E2E-" + UUID.randomUUID() + "," + today + ",C-E2E-3,SKU-3,many,5.00\n", StandardCharsets.UTF_8);

        browser.signIn(user, TestUsers.PASSWORD);
        assertThat(browser.driver().getCurrentUrl()).as("a channel user lands on the imports").endsWith("/console/imports");
        assertThat(browser.driver().findElements(By.cssSelector("header nav a"))).extracting(WebElement::getText)
                .containsExactly("Imports");
        new Select(browser.find(By.id("upload-channel"))).selectByValue(channel.code());
        browser.find(By.id("upload-file")).sendKeys(file.toAbsolutePath().toString());
        browser.screenshot("imports");
        browser.find(By.id("upload-submit")).click();

        browser.waitUntil(d -> d.findElement(By.id("import-status")).getText().equals("Imported with problems"));
        assertThat(browser.text(By.id("rows-imported"))).isEqualTo("2");
        assertThat(browser.text(By.id("rows-skipped"))).isEqualTo("1");
        assertThat(browser.find(By.cssSelector("#problems tbody tr td")).getText()).isEqualTo("4");
        assertThat(browser.find(By.id("error-report")).getAttribute("href")).endsWith("/error-report");
        browser.screenshot("import-result");
    }

    private static String grouped(long n) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH).format(n);
    }

    @Test
    void shouldLetAnAdminEditAChannelProfile() {
        Channel channel = ChannelFiles.createChannel(channels, "e2e");
        ChannelFiles.importFile(imports, channel, new OrderCsv().order("E2E-A-" + UUID.randomUUID(),
                LocalDateTime.now(ChannelFiles.CHANNEL_ZONE).withNano(0).format(
                        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")),
                new OrderCsv.Buyer("C-E2E-A", "张三", OrderCsv.newMobile(), null), "0.00", "8.00",
                OrderCsv.line("SKU-A", 3, "12.50", "1.00")));

        java.sql.Timestamp monthStart = java.sql.Timestamp.from(LocalDate.now().withDayOfMonth(1)
                .atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
        String autoApproved = "select count(*) from sales_order o where o.created_at >= ? and o.status <> 'IMPORTED' "
                + "and not exists (select 1 from audit_result r where r.order_id = o.id)";
        long approvedBefore = jdbc.queryForObject(autoApproved, Long.class, monthStart);
        long tasksBefore = jdbc.queryForObject("select count(*) from approval_task", Long.class);
        browser.signIn(users.userOf(Roles.ADMIN), TestUsers.ADMIN_PASSWORD);
        browser.screenshot("dashboard");
        assertThat(browser.find(By.cssSelector(".chart svg")).getText()).contains(channel.code());
        // the dashboard's figures against the tables, read before and after the page (background work may move them)
        String approved = browser.text(By.cssSelector("#audit-outcomes g[data-key='outcome.AUTO_APPROVE'] .bar-value"));
        long approvedAfter = jdbc.queryForObject(autoApproved, Long.class, monthStart);
        assertThat(approved).isIn(grouped(approvedBefore), grouped(approvedAfter));
        assertThat(browser.text(By.id("audit-outcomes"))).contains("Approved automatically");
        String approvalTasks = browser.text(By.cssSelector("#task-ages tr[data-kind='APPROVAL'] strong"));
        long tasksAfter = jdbc.queryForObject("select count(*) from approval_task", Long.class);
        assertThat(approvalTasks).isIn(grouped(tasksBefore), grouped(tasksAfter));
        assertThat(browser.text(By.id("churn-trend"))).contains(java.time.YearMonth.now().toString());
        browser.open("/console/orders?channel=" + channel.code());
        browser.find(By.cssSelector("#orders tbody tr a")).click();
        assertThat(browser.text(By.cssSelector(".timeline"))).contains("Imported", "Goods booked");
        browser.screenshot("order-detail");
        browser.open("/console/orders");
        browser.screenshot("orders");

        browser.open("/console/settings/channels/" + channel.code());
        WebElement name = browser.find(By.id("channel-name"));
        name.clear();
        name.sendKeys("Renamed by the console");
        WebElement aliases = browser.find(By.id("channel-aliases"));
        aliases.clear();
        aliases.sendKeys("单号 = ORDER_NO");
        browser.find(By.id("save-channel")).click();

        assertThat(browser.text(By.id("saved"))).isEqualTo("Saved.");
        browser.screenshot("settings-channel");
        Channel saved = channels.findByCode(channel.code()).orElseThrow();
        assertThat(saved.name()).isEqualTo("Renamed by the console");
        assertThat(saved.profile().headerAliases()).containsEntry("单号", OrderField.ORDER_NO);
        browser.open("/console/settings/users");
        browser.screenshot("settings-users");
        browser.open("/console/settings/audit?action=CHANNEL_CHANGED");
        assertThat(browser.text(By.cssSelector("#audit tbody"))).contains("channel " + channel.code(), "via=console");
        browser.screenshot("settings-audit");
    }

    @Test
    void shouldTellAClerkInTheirLanguageThatAnAdminPageIsNotForThem() {
        browser.signIn(users.userOf(Roles.CLERK), TestUsers.PASSWORD);
        assertThat(browser.driver().findElements(By.cssSelector("header nav a"))).extracting(WebElement::getText)
                .containsExactly("Dashboard", "Orders", "Tasks", "Customers", "Imports");

        browser.open("/console/reports");
        assertThat(browser.text(By.tagName("h1")))
                .isEqualTo("Your role does not allow you to open this page. Ask an administrator if you need it.");
        assertThat(browser.driver().getPageSource()).doesNotContain("Exception", "at com.");
        browser.screenshot("forbidden-reports");

        browser.open("/console/settings/users");
        assertThat(browser.text(By.tagName("h1")))
                .isEqualTo("Your role does not allow you to open this page. Ask an administrator if you need it.");
        assertThat(browser.driver().getPageSource()).doesNotContain("Exception", "at com.");
        browser.screenshot("forbidden");

        browser.open("/console/settings/users?lang=zh");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("您的角色无权打开此页面。如有需要，请联系管理员。");
        browser.open("/console/orders");
        assertThat(browser.text(By.tagName("h1"))).as("the choice sticks for the session").isEqualTo("订单");
        browser.screenshot("orders-zh");
        browser.open("/console/orders?lang=en");
    }

    @Test
    void shouldLetAClerkApproveRejectAndBulkApproveFromTheInbox() {
        Channel channel = ChannelFiles.createChannel(channels, "inbox");
        String prefix = "IB-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        OrderCsv file = new OrderCsv();
        for (int i = 1; i <= 5; i++) {
            // placed years ago: the audit's time standard sends each to a clerk's review
            file.order(prefix + i, "2015-03-0" + i + " 10:00:00", new OrderCsv.Buyer(null, "审核" + i,
                    OrderCsv.newMobile(), null), "0.00", "0.00", OrderCsv.line("SKU-IB" + i, 1, "50.00", "0.00"));
        }
        ChannelFiles.importFile(imports, channel, file);
        String clerk = users.userOf(Roles.CLERK);
        TaskFilter ofChannel = new TaskFilter(TaskScope.ALL, channel.code(), null, null, null, null, null);
        Await.until(() -> approvals.tasks(clerk, ofChannel, 0, 50).total(), total -> total == 5, Duration.ofSeconds(60));
        long cancelled = orderId(prefix + 5);
        lifecycle.transition(cancelled, OrderStatus.CANCELLED, "it-customer-service", "customer cancelled");

        browser.signIn(clerk, TestUsers.PASSWORD);
        browser.open("/console/tasks?channel=" + channel.code());
        assertThat(browser.driver().findElements(By.cssSelector("#tasks tbody tr[data-task]"))).hasSize(5);
        assertThat(browser.text(By.cssSelector("#tasks tr[data-order='" + prefix + 1 + "'] .tag")))
                .isEqualTo("Order placed long ago");
        browser.screenshot("tasks");

        // keyboard: j down to the order's row, a approves it
        moveTo(prefix + 1);
        browser.press("a");
        assertThat(browser.textOnceShown(By.id("task-done"), "Order " + prefix + 1 + " approved.")).isEqualTo("Order " + prefix + 1 + " approved.");

        // r asks for the reason first; Enter in the reason field rejects
        moveTo(prefix + 2);
        browser.press("r");
        WebElement reason = browser.find(By.id("decision-reason"));
        browser.waitUntil(d -> reason.equals(d.switchTo().activeElement()));
        reason.sendKeys("address does not exist", Keys.ENTER);
        assertThat(browser.textOnceShown(By.id("task-done"), "Order " + prefix + 2 + " rejected.")).isEqualTo("Order " + prefix + 2 + " rejected.");

        for (int i = 3; i <= 5; i++) {
            browser.find(By.cssSelector("#tasks tr[data-order='" + prefix + i + "'] input[name=taskIds]")).click();
        }
        int bulksBefore = bulkApprovals(clerk).size();
        browser.find(By.id("bulk-approve")).click();

        assertThat(browser.text(By.cssSelector("#bulk-results h2"))).isEqualTo("2 of 3 selected orders approved");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#bulk-results tbody tr"));
        assertThat(rows).extracting(row -> row.getAttribute("data-order"))
                .containsExactly(prefix + 3, prefix + 4, prefix + 5);
        assertThat(rows).extracting(row -> row.findElement(By.className("outcome")).getText())
                .containsExactly("Done", "Done", "Refused");
        assertThat(rows.get(2).getText()).contains("CANCELLED");
        browser.screenshot("tasks-bulk-result");
        assertThat(browser.driver().findElements(By.cssSelector("#tasks tbody tr[data-task]")))
                .as("only the refused order still waits").extracting(row -> row.getAttribute("data-order"))
                .containsExactly(prefix + 5);

        Map<String, String> statuses = new java.util.HashMap<>();
        jdbc.queryForList("select channel_order_no, status from sales_order where channel_order_no like ?", prefix + "%")
                .forEach(row -> statuses.put((String) row.get("channel_order_no"), (String) row.get("status")));
        assertThat(statuses).containsOnly(Map.entry(prefix + 1, "APPROVED"), Map.entry(prefix + 2, "REJECTED"),
                Map.entry(prefix + 3, "APPROVED"), Map.entry(prefix + 4, "APPROVED"), Map.entry(prefix + 5, "CANCELLED"));
        assertThat(jdbc.queryForObject("select detail from audit_log where action = 'ORDER_REJECTED' and actor = ? "
                + "and target_id = ?", String.class, clerk, Long.toString(orderId(prefix + 2))))
                .contains("address does not exist");
        List<String> bulkEntries = bulkApprovals(clerk);
        assertThat(bulkEntries).hasSize(bulksBefore + 1);
        assertThat(bulkEntries.get(0)).isEqualTo("decision=APPROVE done=2 refused=1");
    }

    @Test
    void shouldLetAManagerRequestAReportAndDownloadIt() throws IOException {
        browser.signIn(users.userOf(Roles.MANAGER), TestUsers.PASSWORD);
        assertThat(browser.driver().findElements(By.cssSelector("header nav a"))).extracting(WebElement::getText)
                .contains("Tasks", "Reports", "Blacklist").doesNotContain("Settings");
        browser.open("/console/reports");
        new Select(browser.find(By.id("report-kind"))).selectByValue("orders");
        // the form offers only the filters the chosen report takes
        assertThat(browser.find(By.name("tiers")).isDisplayed()).isTrue();
        assertThat(browser.find(By.name("churnDays")).isDisplayed()).isFalse();
        assertThat(browser.find(By.name("migrationFrom")).isDisplayed()).isFalse();
        new Select(browser.find(By.name("language"))).selectByValue("en");
        browser.screenshot("reports");
        browser.find(By.id("report-submit")).click();

        WebElement download = browser.find(By.id("report-download"));
        long reportId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/console/reports/(\\d+).*", "$1"));
        assertThat(browser.text(By.id("report-status"))).isEqualTo("Ready");
        browser.screenshot("report");
        String fileName = reports.get(reportId).fileName();
        Files.deleteIfExists(Browser.DOWNLOADS.resolve(fileName));
        download.click();

        Path saved = browser.downloaded(fileName);
        try (InputStream in = Files.newInputStream(saved); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isPositive();
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'REPORT_DOWNLOADED' and target_id = ?"
                + " and actor = ?", Long.class, Long.toString(reportId), users.userOf(Roles.MANAGER))).isEqualTo(1);

        browser.open("/console/reports/schedules");
        browser.screenshot("report-schedules");
        String phone = OrderCsv.newMobile();
        browser.open("/console/settings/blacklist");
        new Select(browser.find(By.name("kind"))).selectByValue("PHONE");
        browser.find(By.cssSelector("#blacklist-add input[name=value]")).sendKeys(phone);
        browser.find(By.cssSelector("#blacklist-add input[name=reason]")).sendKeys("chargebacks");
        browser.find(By.cssSelector("#blacklist-add button")).click();
        assertThat(browser.text(By.id("saved"))).isEqualTo("Saved.");
        assertThat(browser.text(By.id("blacklist"))).contains(phone, "chargebacks");
        browser.screenshot("blacklist");
    }

    @Test
    void shouldLetCustomerServiceCompleteACareTask() {
        OrderCsv.Buyer whale = new OrderCsv.Buyer(null, "鲸鱼", OrderCsv.newMobile(), null);
        OrderCsv file = new OrderCsv();
        for (int i = 0; i < 10; i++) {
            file.order("CW-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2029, 3, 1).plusDays(10L * i)
                    + " 12:00:00", whale, "0.00", "0.00", OrderCsv.line("SKU-CW", 1, "88888.88", "0.00"));
        }
        for (int i = 0; i < 5; i++) {
            file.order("CN-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2029, 4, 1).plusDays(i)
                    + " 12:00:00", new OrderCsv.Buyer(null, "普通" + i, OrderCsv.newMobile(), null), "0.00", "0.00",
                    OrderCsv.line("SKU-CN", 1, "99.00", "0.00"));
        }
        long importId = ChannelFiles.importFile(imports, ChannelFiles.createChannel(channels, "care"), file).id();
        // the import's own run classifies nothing yet (the orders await approval); let it finish first
        awaitRun(Await.until(() -> jdbc.queryForList("select id from classification_run where import_id = ?", Long.class,
                importId), ids -> !ids.isEmpty(), Duration.ofSeconds(60)).get(0));
        jdbc.update("update sales_order set status = 'APPROVED' where import_id = ?", importId);
        awaitRun(classification.requestRun(LocalDate.of(2029, 6, 30), false, "it").id());
        long customerId = jdbc.queryForObject("select customer_id from customer_identity where identity = ?", Long.class,
                "M:" + whale.phone());
        long taskId = jdbc.queryForObject("select id from engagement_task where customer_id = ? and purpose = 'CARE' "
                + "and status = 'OPEN'", Long.class, customerId);
        String agent = users.userOf(Roles.CUSTOMER_SERVICE);

        browser.signIn(agent, TestUsers.PASSWORD);
        assertThat(browser.driver().findElements(By.cssSelector("header nav a"))).extracting(WebElement::getText)
                .contains("Customers", "Care").doesNotContain("Promotions", "Reports", "Tasks");
        browser.open("/console/customers/" + customerId);
        assertThat(browser.text(By.id("tier"))).isEqualTo("High value");
        assertThat(browser.text(By.id("history"))).as("history values in words, as at the top")
                .contains("High value").doesNotContain("HIGH", "AT_RISK", "CHURNED", "ACTIVE");
        assertThat(browser.text(By.id("customer-tasks"))).contains(Long.toString(taskId));
        browser.screenshot("customer");
        browser.open("/console/customers?q=" + whale.phone());
        browser.screenshot("customers");

        // earlier tests leave open care tasks; the inbox shows 50 a page, soonest due first, and stays on its page
        long before = jdbc.queryForObject("""
                select count(*) from engagement_task t, engagement_task me
                 where me.id = ? and t.status = 'OPEN' and t.purpose = 'CARE'
                   and (t.due_at < me.due_at or (t.due_at = me.due_at and t.id < me.id))""", Long.class, taskId);
        browser.open("/console/care?page=" + before / 50);
        String row = "#engagement-tasks tr[data-task='" + taskId + "']";
        browser.find(By.cssSelector(row + " button[data-key=c]")).click();
        assertThat(browser.textOnceShown(By.id("task-done"), "You claimed task " + taskId + ".")).isEqualTo("You claimed task " + taskId + ".");
        assertThat(browser.text(By.cssSelector(row))).contains(agent);
        // a colleague may not hand back the agent's task; the agent may, and then take it again
        assertThatThrownBy(() -> engagement.release(taskId, "it-colleague", false))
                .isInstanceOf(com.tierflow.shared.ConflictException.class).hasMessageContaining("claimed by " + agent);
        browser.find(By.cssSelector(row + " button[data-action=release]")).click();
        String handedBack = "You handed task " + taskId + " back to the team.";
        assertThat(browser.textOnceShown(By.id("task-done"), handedBack)).isEqualTo(handedBack);
        assertThat(browser.text(By.cssSelector(row))).doesNotContain(agent);
        browser.find(By.cssSelector(row + " button[data-key=c]")).click();
        assertThat(browser.textOnceShown(By.id("task-done"), "You claimed task " + taskId + "."))
                .isEqualTo("You claimed task " + taskId + ".");
        new Select(browser.find(By.cssSelector(row + " select[name=outcome]"))).selectByValue("CONTACTED");
        browser.find(By.cssSelector(row + " input[name=note]")).sendKeys("Called, offered a voucher");
        browser.screenshot("care");
        browser.find(By.cssSelector(row + " form.row button")).click();

        assertThat(browser.textOnceShown(By.id("task-done"), "Task " + taskId + " is done.")).isEqualTo("Task " + taskId + " is done.");
        assertThat(browser.driver().findElements(By.cssSelector(row))).isEmpty();
        Map<String, Object> stored = jdbc.queryForMap("select status, outcome, note, closed_by from engagement_task "
                + "where id = ?", taskId);
        assertThat(List.of(stored.get("status"), stored.get("outcome"), stored.get("note"), stored.get("closed_by")))
                .containsExactly("CLOSED", "CONTACTED", "Called, offered a voucher", agent);
        assertThat(engineTasks.createTaskQuery().processInstanceBusinessKey("task-" + taskId).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey("task-" + taskId).finished()
                .singleResult().getAssignee()).isEqualTo(agent);
    }

    @Test
    void shouldLetAnAdminChangeTheReviewSlaForReviewsStartedAfterwards() {
        SlaSettings before = sla.current();
        browser.signIn(users.userOf(Roles.ADMIN), TestUsers.ADMIN_PASSWORD);
        try {
            browser.open("/console/settings/sla");
            setSla("2", "200");
            assertThat(browser.text(By.id("sla-problem"))).contains("The reminder must come before the review is due");
            setSla("2", "15");
            assertThat(browser.text(By.id("saved"))).isEqualTo("Saved.");
            assertThat(browser.text(By.id("sla-source"))).startsWith("Set by " + users.userOf(Roles.ADMIN));
            browser.screenshot("settings-sla");

            Channel channel = ChannelFiles.createChannel(channels, "sla");
            ChannelFiles.importFile(imports, channel, new OrderCsv().order("SLA-" + UUID.randomUUID(),
                    "2015-03-01 10:00:00", new OrderCsv.Buyer(null, "时限", OrderCsv.newMobile(), null), "0.00", "0.00",
                    OrderCsv.line("SKU-SLA", 1, "50.00", "0.00")));
            ApprovalTask review = Await.until(() -> approvals.tasks(users.userOf(Roles.CLERK), new TaskFilter(TaskScope.ALL,
                    channel.code(), null, null, null, null, null), 0, 5).items(), items -> items.size() == 1,
                    Duration.ofSeconds(60)).get(0);
            assertThat(Duration.between(review.createdAt(), review.dueAt()))
                    .isBetween(Duration.ofMinutes(119), Duration.ofMinutes(120));
        } finally {
            sla.change(before.reviewSla(), before.reminderBefore(), "it");
        }
    }

    private void setSla(String hours, String reminderMinutes) {
        WebElement review = browser.find(By.id("sla-review"));
        review.clear();
        review.sendKeys(hours);
        WebElement reminder = browser.find(By.id("sla-reminder"));
        reminder.clear();
        reminder.sendKeys(reminderMinutes);
        browser.find(By.id("sla-save")).click();
    }

    private void awaitRun(long runId) {
        ClassificationRun run = Await.until(() -> classification.findRun(runId).orElseThrow(),
                ClassificationRun::isFinished, Duration.ofMinutes(3));
        assertThat(run.status()).isEqualTo("COMPLETED");
    }

    /** Presses j until the row of this order is the current one. */
    private void moveTo(String orderNo) {
        List<String> orders = browser.driver().findElements(By.cssSelector("#tasks tbody tr[data-task]")).stream()
                .map(row -> row.getAttribute("data-order")).toList();
        assertThat(orders).contains(orderNo);
        for (int i = 0; i <= orders.indexOf(orderNo); i++) {
            browser.press("j");
        }
        browser.waitUntil(d -> d.findElement(By.cssSelector("#tasks tr.current")).getAttribute("data-order").equals(orderNo));
    }

    /** The details of the user's bulk approvals in the audit log, newest first. */
    private List<String> bulkApprovals(String user) {
        return jdbc.queryForList("select detail from audit_log where action = 'BULK_APPROVED' and actor = ? order by id desc",
                String.class, user);
    }

    private long orderId(String orderNo) {
        return jdbc.queryForObject("select id from sales_order where channel_order_no = ?", Long.class, orderNo);
    }
}
