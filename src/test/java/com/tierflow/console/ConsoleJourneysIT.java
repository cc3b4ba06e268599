package com.tierflow.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.ImportService;
import com.tierflow.intake.OrderField;
import com.tierflow.security.Roles;
import com.tierflow.support.Browser;
import com.tierflow.support.ChannelFiles;
import com.tierflow.support.IntegrationTest;
import com.tierflow.support.OrderCsv;
import com.tierflow.support.TestUsers;
import java.io.IOException;
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

    @Test
    void shouldLetAnAdminEditAChannelProfile() {
        Channel channel = ChannelFiles.createChannel(channels, "e2e");
        ChannelFiles.importFile(imports, channel, new OrderCsv().order("E2E-A-" + UUID.randomUUID(),
                LocalDateTime.now(ChannelFiles.CHANNEL_ZONE).withNano(0).format(
                        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")),
                new OrderCsv.Buyer("C-E2E-A", "张三", OrderCsv.newMobile(), null), "0.00", "8.00",
                OrderCsv.line("SKU-A", 3, "12.50", "1.00")));

        browser.signIn(users.userOf(Roles.ADMIN), TestUsers.ADMIN_PASSWORD);
        browser.screenshot("dashboard");
        assertThat(browser.find(By.cssSelector(".chart svg")).getText()).contains(channel.code());
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
                .containsExactly("Dashboard", "Orders", "Imports");

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
}
