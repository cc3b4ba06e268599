package com.tierflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.security.Roles;
import com.tierflow.support.IntegrationTest;
import com.tierflow.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.HttpClientErrorException;

/** A channel's format profile is data: changed through the API, it changes how the next file is read. */
@IntegrationTest
class ChannelProfileIT {

    @Autowired IntakeFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void shouldReadTheChannelsOwnColumnNamesAndFormatsAfterAnUpdate() {
        Channel channel = fixtures.channel("ALI", FileType.CSV, "UTF-8", ',', Map.of("买家手机", OrderField.PHONE));
        String firstFile = "订单号,下单时间,买家手机,商品编码,数量,单价\nL1,2026-05-01 09:00:00,13900139001,S1,1,9.90\n";
        assertThat(importCsv(channel, firstFile).ordersImported()).isEqualTo(1);

        Map<String, Object> profile = Map.of("code", channel.code(), "name", "Renamed", "kind", "OFFLINE_STORE",
                "fileType", "CSV", "encoding", "GBK", "delimiter", "|", "dateTimeFormats", List.of("dd.MM.yyyy HH:mm"),
                "timeZone", "Europe/Berlin", "headerAliases", Map.of("Kundentelefon", "PHONE", "Artikel", "SKU"));
        Channel updated = users.api(Roles.ADMIN).put().uri("/api/channels/{code}", channel.code())
                .contentType(MediaType.APPLICATION_JSON).body(profile).retrieve().body(Channel.class);

        assertThat(updated.profile().headerAliases()).containsOnlyKeys("Kundentelefon", "Artikel");
        String secondFile = "order_no|ordered_at|Kundentelefon|Artikel|quantity|unit_price\nL2|01.05.2026 09:00|13900139002|S2|2|1.50\n";
        ImportRecord second = fixtures.awaitFinished(fixtures.submit(channel, "gbk.csv", secondFile.getBytes(java.nio.charset.Charset.forName("GBK"))).id());
        assertThat(second.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(jdbc.queryForObject("select ordered_at from sales_order where channel_id = ? and channel_order_no = 'L2'",
                java.time.OffsetDateTime.class, channel.id()).toInstant()).isEqualTo(java.time.Instant.parse("2026-05-01T07:00:00Z"));
    }

    @Test
    void shouldRefuseAProfileItCannotUseWithTheReason() {
        Map<String, Object> badZone = Map.of("code", "BADZONE", "name", "x", "kind", "MARKETPLACE", "fileType", "CSV",
                "encoding", "UTF-8", "delimiter", ",", "dateTimeFormats", List.of("yyyy-MM-dd"), "timeZone", "Mars/Olympus");
        Map<String, Object> badEncoding = new java.util.HashMap<>(badZone);
        badEncoding.put("timeZone", "Asia/Shanghai");
        badEncoding.put("encoding", "EBCDIC");
        Map<String, Object> badKind = new java.util.HashMap<>(badEncoding);
        badKind.put("encoding", "UTF-8");
        badKind.put("kind", "SPACESHIP");

        assertThat(refusal(badZone)).contains("Time zone 'Mars/Olympus' is unknown");
        assertThat(refusal(badEncoding)).contains("Encoding 'EBCDIC' is not supported");
        assertThat(refusal(badKind)).contains("SPACESHIP").doesNotContain("Exception");
    }

    private String refusal(Map<String, Object> draft) {
        HttpClientErrorException refused = (HttpClientErrorException) org.assertj.core.api.Assertions.catchThrowable(() ->
                users.api(Roles.ADMIN).post().uri("/api/channels").contentType(MediaType.APPLICATION_JSON).body(draft)
                        .retrieve().toBodilessEntity());
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getResponseHeaders().getContentType().toString()).contains("problem+json");
        return refused.getResponseBodyAsString();
    }

    private ImportRecord importCsv(Channel channel, String csv) {
        return fixtures.awaitFinished(fixtures.submit(channel, "f.csv", csv.getBytes(StandardCharsets.UTF_8)).id());
    }
}
