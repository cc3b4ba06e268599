package com.tierflow.demo;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelDraft;
import com.tierflow.intake.ChannelKind;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.FileType;
import com.tierflow.intake.OrderField;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo a newcomer sees on the first start: four channels with different file formats (CSV in UTF-8 and GBK, XLSX, JSON Lines), and generated files
 * in their inboxes (clean rows, a share of bad rows, a duplicate push and an unreadable file), which the inbox
 * poller imports within seconds.
 */
@Component
@Profile("demo")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ChannelService channels;
    private final Path inboxRoot;
    private final OrderFileGenerator generator = new OrderFileGenerator();

    DemoData(ChannelService channels, @Value("${tierflow.intake.inbox-dir}") Path inboxRoot) {
        this.channels = channels;
        this.inboxRoot = inboxRoot;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createDemo() throws IOException {
        if (channels.findByCode("TMALL").isPresent()) {
            log.info("Demo channels exist already; drop more files into {} to import them.", inboxRoot.toAbsolutePath());
            return;
        }
        LocalDate today = LocalDate.now();
        Channel tmall = create("TMALL", "天猫旗舰店", ChannelKind.MARKETPLACE, FileType.CSV, "UTF-8", ',', "yyyy-MM-dd HH:mm:ss",
                Map.of("买家手机", OrderField.PHONE));
        Channel store = create("STORE-SH", "上海门店", ChannelKind.OFFLINE_STORE, FileType.CSV, "GBK", ';', "yyyy/MM/dd HH:mm",
                Map.of());
        Channel shop = create("WEBSHOP", "官网商城", ChannelKind.ONLINE_SHOP, FileType.XLSX, "UTF-8", ',', "yyyy-MM-dd HH:mm:ss",
                Map.of());
        Channel app = create("MINIAPP", "微信小程序", ChannelKind.ONLINE_SHOP, FileType.JSONL, "UTF-8", ',', "yyyy-MM-dd HH:mm:ss",
                Map.of());

        GeneratorSpec tmallSpec = spec(tmall, 6_000, 1, FileFormat.CSV, StandardCharsets.UTF_8, true, ',', "yyyy-MM-dd HH:mm:ss", today);
        Path tmallFile = write(tmallSpec, "tmall-orders-1.csv");
        // the next day's export: its own order numbers (the generator numbers orders from 1 under the spec's code)
        GeneratorSpec nextDay = spec(tmall, 3_000, 2, FileFormat.CSV, StandardCharsets.UTF_8, true, ',', "yyyy-MM-dd HH:mm:ss", today);
        write(new GeneratorSpec("TMALL2", nextDay.lines(), nextDay.seed(), nextDay.badRowShare(), nextDay.format(),
                nextDay.charset(), nextDay.bom(), nextDay.delimiter(), nextDay.chineseHeaders(), nextDay.dateTimePattern(),
                nextDay.firstDay(), nextDay.lastDay(), nextDay.customerPool()), tmall, "tmall-orders-2.csv");
        write(spec(store, 2_500, 3, FileFormat.CSV, Charset.forName("GBK"), false, ';', "yyyy/MM/dd HH:mm", today),
                "store-sh-daily.csv");
        write(spec(shop, 2_000, 4, FileFormat.XLSX, StandardCharsets.UTF_8, false, ',', "yyyy-MM-dd HH:mm:ss", today),
                "webshop-export.xlsx");
        write(spec(app, 1_500, 5, FileFormat.JSONL, StandardCharsets.UTF_8, false, ',', "yyyy-MM-dd HH:mm:ss", today)
                .withChineseHeaders(false), "miniapp-orders.jsonl");
        // the same file pushed twice, and a file without the SKU column: both show up as errors
        Files.copy(tmallFile, inbox(tmall).resolve("tmall-orders-1-again.csv"));
        Files.writeString(inbox(store).resolve("store-sh-broken.csv"), "订单号;下单时间;手机号;数量;单价\nX1;2026/01/01 10:00;13800138000;1;10\n",
                Charset.forName("GBK"));
        log.info("Demo: 4 channels created and 7 files dropped into {}; they import within seconds. "
                + "API docs at /swagger-ui.html, Camunda at /camunda.", inboxRoot.toAbsolutePath());
    }

    private Channel create(String code, String name, ChannelKind kind, FileType type, String encoding, char delimiter,
            String dateFormat, Map<String, OrderField> aliases) {
        return channels.create(new ChannelDraft(code, name, kind, true, type, encoding, String.valueOf(delimiter),
                List.of(dateFormat), "Asia/Shanghai", aliases));
    }

    private static GeneratorSpec spec(Channel channel, long lines, long seed, FileFormat format, Charset charset,
            boolean bom, char delimiter, String pattern, LocalDate today) {
        return new GeneratorSpec(channel.code(), lines, seed, 0.01, format, charset, bom, delimiter, true, pattern,
                today.minusMonths(18), today.minusDays(1), 20_000);
    }

    private Path write(GeneratorSpec spec, String name) throws IOException {
        return write(spec, channels.findByCode(spec.channelCode()).orElseThrow(), name);
    }

    private Path write(GeneratorSpec spec, Channel channel, String name) throws IOException {
        Path dir = Files.createDirectories(inbox(channel));
        // generate under a dot-name so the poller never sees a half-written file
        Path partial = generator.write(spec, dir.resolve("." + name)).path();
        return Files.move(partial, dir.resolve(name));
    }

    private Path inbox(Channel channel) {
        return inboxRoot.resolve(channel.code());
    }
}
