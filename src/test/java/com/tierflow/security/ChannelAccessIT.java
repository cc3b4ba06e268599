package com.tierflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierflow.intake.ChannelDraft;
import com.tierflow.intake.ChannelKind;
import com.tierflow.intake.FileType;
import com.tierflow.intake.ImportRecord;
import com.tierflow.security.ChannelTokens.IssuedToken;
import com.tierflow.shared.PageRequest;
import com.tierflow.shared.auditlog.AuditAction;
import com.tierflow.shared.auditlog.AuditEntry;
import com.tierflow.shared.auditlog.AuditLog;
import com.tierflow.shared.auditlog.AuditOutcome;
import com.tierflow.support.Await;
import com.tierflow.support.IntegrationTest;
import com.tierflow.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

@IntegrationTest
class ChannelAccessIT {

    @Autowired TestUsers users;
    @Autowired AuditLog auditLog;
    @Autowired DataSource dataSource;

    @Test
    void shouldLetATokenPushFilesAndReadImportsOfItsOwnChannelOnly() {
        String own = newChannel();
        String other = newChannel();
        IssuedToken issued = issueToken(own);
        RestClient client = withToken(issued.token());

        ImportRecord accepted = client.post().uri("/api/channels/{code}/imports", own)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(csvUpload()).retrieve().body(ImportRecord.class);
        assertThat(accepted.requestedBy()).isEqualTo("token:" + own + ":" + issued.info().id());
        ImportRecord done = Await.until(() -> client.get().uri("/api/imports/{id}", accepted.id()).retrieve()
                .body(ImportRecord.class), record -> record.status().isFinished(), Duration.ofSeconds(60));
        assertThat(done.rowsImported()).isEqualTo(1);
        assertThat(client.get().uri("/api/imports?channel={code}", own).retrieve().toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ImportRecord othersImport = users.api(Roles.CLERK).post().uri("/api/channels/{code}/imports", other)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(csvUpload()).retrieve().body(ImportRecord.class);
        assertForbidden(() -> client.post().uri("/api/channels/{code}/imports", other)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(csvUpload()).retrieve().toBodilessEntity());
        assertForbidden(() -> client.get().uri("/api/imports/{id}", othersImport.id()).retrieve().toBodilessEntity());
        assertForbidden(() -> client.get().uri("/api/imports?channel={code}", other).retrieve().toBodilessEntity());
        assertForbidden(() -> client.get().uri("/api/imports").retrieve().toBodilessEntity());
        assertForbidden(() -> client.get().uri("/api/orders").retrieve().toBodilessEntity());
        assertForbidden(() -> client.get().uri("/api/channels/{code}/tokens", own).retrieve().toBodilessEntity());
    }

    @Test
    void shouldKeepOnlyAHashAndRefuseARevokedOrRotatedToken() {
        String code = newChannel();
        IssuedToken first = issueToken(code);
        Long stored = new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from channel_token where token_hash = ? or token_hint = ?", Long.class,
                first.token(), first.token());
        assertThat(stored).as("the token itself is nowhere in the table").isZero();

        IssuedToken second = users.api(Roles.ADMIN).post()
                .uri("/api/channels/{code}/tokens/{id}/rotation", code, first.info().id())
                .retrieve().body(IssuedToken.class);
        assertThat(second.token()).isNotEqualTo(first.token());
        assertUnauthorized(withToken(first.token()), code);
        assertThat(withToken(second.token()).get().uri("/api/channels/{code}", code).retrieve().toBodilessEntity()
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        users.api(Roles.ADMIN).delete().uri("/api/channels/{code}/tokens/{id}", code, second.info().id())
                .retrieve().toBodilessEntity();
        assertUnauthorized(withToken(second.token()), code);
        assertThat(users.api(Roles.ADMIN).get().uri("/api/channels/{code}/tokens", code).retrieve()
                .body(ChannelTokens.TokenInfo[].class)).extracting(ChannelTokens.TokenInfo::active)
                .containsExactly(false, false);
    }

    @Test
    void shouldKeepAChannelUserToTheirChannel() {
        String own = newChannel();
        String other = newChannel();

        assertThat(users.channel(own).get().uri("/api/channels/{code}", own).retrieve().toBodilessEntity()
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertForbidden(() -> users.channel(own).get().uri("/api/channels/{code}", other).retrieve().toBodilessEntity());
        assertForbidden(() -> users.channel(own).post().uri("/api/channels/{code}/imports", other)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(csvUpload()).retrieve().toBodilessEntity());
    }

    @Test
    void shouldStorePasswordsAsBCryptInCamundasUserTable() {
        String userId = "it-bcrypt-" + UUID.randomUUID().toString().substring(0, 8);
        users.ensureUser(userId, Roles.MARKETING);

        String hash = new JdbcTemplate(dataSource).queryForObject("select PWD_ from ACT_ID_USER where ID_ = ?",
                String.class, userId);
        assertThat(hash).startsWith("{BCRYPT}$2a$");
        assertThat(users.as(userId, TestUsers.PASSWORD).get().uri("/api/orders").retrieve().toBodilessEntity()
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldAuditUploadsAndFailedLogins() {
        String code = newChannel();
        ImportRecord accepted = users.api(Roles.CLERK).post().uri("/api/channels/{code}/imports", code)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(csvUpload()).retrieve().body(ImportRecord.class);
        String stranger = "it-nobody-" + UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> users.as(stranger, "wrong").get().uri("/api/orders").retrieve().toBodilessEntity())
                .isInstanceOf(HttpClientErrorException.Unauthorized.class);

        List<AuditEntry> uploads = auditLog.search(null, AuditAction.FILE_UPLOADED, "import",
                String.valueOf(accepted.id()), new PageRequest(0, 10)).items();
        assertThat(uploads).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(users.userOf(Roles.CLERK));
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCEEDED);
            assertThat(entry.detail()).contains("channel=" + code);
            assertThat(entry.remoteAddress()).isNotBlank();
        });
        assertThat(auditLog.search(stranger, AuditAction.LOGIN, null, null, new PageRequest(0, 10)).items())
                .singleElement().extracting(AuditEntry::outcome).isEqualTo(AuditOutcome.FAILED);
    }

    private static void assertForbidden(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(HttpClientErrorException.Forbidden.class,
                e -> assertThat(e.getResponseBodyAs(ProblemDetail.class).getStatus()).isEqualTo(403));
    }

    private static void assertUnauthorized(RestClient client, String code) {
        assertThatThrownBy(() -> client.get().uri("/api/channels/{code}", code).retrieve().toBodilessEntity())
                .isInstanceOfSatisfying(HttpClientErrorException.Unauthorized.class,
                        e -> assertThat(e.getResponseBodyAs(ProblemDetail.class).getDetail()).contains("token"));
    }

    private IssuedToken issueToken(String code) {
        IssuedToken issued = users.api(Roles.ADMIN).post().uri("/api/channels/{code}/tokens", code)
                .body(Map.of("label", "shop system")).retrieve().body(IssuedToken.class);
        assertThat(issued.token()).startsWith("tft_");
        return issued;
    }

    private RestClient withToken(String token) {
        return users.anonymous().mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    private String newChannel() {
        String code = "acc-" + UUID.randomUUID().toString().substring(0, 8);
        users.api(Roles.ADMIN).post().uri("/api/channels").body(new ChannelDraft(code, "Access test " + code,
                ChannelKind.ONLINE_SHOP, true, FileType.CSV, "UTF-8", ",", List.of("yyyy-MM-dd HH:mm:ss"),
                "Asia/Shanghai", Map.of())).retrieve().toBodilessEntity();
        return code;
    }

    private static MultiValueMap<String, Object> csvUpload() {
        String csv = "order_no,ordered_at,customer_id,sku,quantity,unit_price\n"
                + "ACC-" + UUID.randomUUID() + ",2025-03-01 10:00:00,C-ACC-1,SKU-1,1,9.90\n";
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "orders.csv";
            }
        });
        return form;
    }
}
