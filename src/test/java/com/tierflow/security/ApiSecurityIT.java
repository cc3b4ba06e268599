package com.tierflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelDraft;
import com.tierflow.intake.ChannelKind;
import com.tierflow.intake.FileType;
import com.tierflow.intake.ImportRecord;
import com.tierflow.support.Await;
import com.tierflow.support.IntegrationTest;
import com.tierflow.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiSecurityIT {

    @Autowired
    TestUsers users;

    @Test
    void shouldAnswerAnonymousCallWith401ProblemDetails() {
        assertThatThrownBy(() -> users.anonymous().get().uri("/api/channels").retrieve().toBodilessEntity())
                .isInstanceOfSatisfying(HttpClientErrorException.Unauthorized.class, e -> {
                    assertThat(e.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                    assertThat(e.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic ");
                    ProblemDetail problem = e.getResponseBodyAs(ProblemDetail.class);
                    assertThat(problem.getStatus()).isEqualTo(401);
                    assertThat(problem.getDetail()).contains("Sign in", "HTTP Basic");
                    assertThat(problem.getInstance()).hasPath("/api/channels");
                    assertThat(e.getResponseBodyAsString()).doesNotContain("Exception", "trace");
                });
    }

    @Test
    void shouldRefuseWrongPasswordWithoutRevealingIt(CapturedOutput output) {
        String userId = "it-wrong-password-" + UUID.randomUUID().toString().substring(0, 8);
        users.ensureUser(userId, Roles.CLERK);
        String wrongPassword = "wrong-" + UUID.randomUUID();

        assertThatThrownBy(() -> users.as(userId, wrongPassword).get().uri("/api/channels").retrieve().toBodilessEntity())
                .isInstanceOfSatisfying(HttpClientErrorException.Unauthorized.class, e -> {
                    assertThat(e.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                    assertThat(e.getResponseBodyAs(ProblemDetail.class).getDetail()).contains("password is not correct");
                });
        assertThat(output.getOut()).contains("Login failed: user '" + userId + "' from ").doesNotContain(wrongPassword);
    }

    @Test
    void shouldLetClerkReadChannelsButNotCreateOne() {
        ResponseEntity<List<Channel>> list = users.api(Roles.CLERK).get().uri("/api/channels").retrieve()
                .toEntity(new ParameterizedTypeReference<>() { });
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThatThrownBy(() -> users.api(Roles.CLERK).post().uri("/api/channels").body(draft(newCode()))
                .retrieve().toBodilessEntity())
                .isInstanceOfSatisfying(HttpClientErrorException.Forbidden.class, e -> {
                    assertThat(e.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                    ProblemDetail problem = e.getResponseBodyAs(ProblemDetail.class);
                    assertThat(problem.getStatus()).isEqualTo(403);
                    assertThat(problem.getDetail()).contains("role does not allow");
                });
    }

    @Test
    void shouldLetOnlyAdminCreateAndChangeChannels() {
        String code = newCode();
        ResponseEntity<Channel> created = users.api(Roles.ADMIN).post().uri("/api/channels").body(draft(code))
                .retrieve().toEntity(Channel.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().code()).isEqualTo(code);

        for (String role : List.of(Roles.MANAGER, Roles.CLERK, Roles.CUSTOMER_SERVICE, Roles.MARKETING, Roles.CHANNEL)) {
            assertThatThrownBy(() -> users.api(role).put().uri("/api/channels/{code}", code).body(draft(code))
                    .retrieve().toBodilessEntity())
                    .as("PUT as %s", role)
                    .isInstanceOf(HttpClientErrorException.Forbidden.class);
        }
        assertThat(users.api(Roles.ADMIN).put().uri("/api/channels/{code}", code).body(draft(code))
                .retrieve().toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldLetChannelAccountUploadAFile() {
        String code = newCode();
        users.api(Roles.ADMIN).post().uri("/api/channels").body(draft(code)).retrieve().toBodilessEntity();

        ResponseEntity<ImportRecord> accepted = users.channel(code).post().uri("/api/channels/{code}/imports", code)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(csvUpload())
                .retrieve().toEntity(ImportRecord.class);

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(accepted.getBody().requestedBy()).isEqualTo(users.channelUserOf(code));
        ImportRecord done = Await.until(() -> users.channel(code).get().uri("/api/imports/{id}", accepted.getBody().id())
                .retrieve().body(ImportRecord.class), record -> record.status().isFinished(), Duration.ofSeconds(60));
        assertThat(done.rowsImported()).isEqualTo(1);
    }

    @Test
    void shouldNotLetMarketingUploadFiles() {
        String code = newCode();
        users.api(Roles.ADMIN).post().uri("/api/channels").body(draft(code)).retrieve().toBodilessEntity();

        assertThatThrownBy(() -> users.api(Roles.MARKETING).post().uri("/api/channels/{code}/imports", code)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(csvUpload()).retrieve().toBodilessEntity())
                .isInstanceOf(HttpClientErrorException.Forbidden.class);
    }

    @Test
    void shouldRefuseSignedInUserWithoutAnyRole() {
        users.ensureUser("it-no-role");

        assertThatThrownBy(() -> users.as("it-no-role", TestUsers.PASSWORD).get().uri("/api/channels").retrieve()
                .toBodilessEntity())
                .isInstanceOf(HttpClientErrorException.Forbidden.class);
    }

    private static String newCode() {
        return "sec-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ChannelDraft draft(String code) {
        return new ChannelDraft(code, "Security test shop " + code, ChannelKind.ONLINE_SHOP, true, FileType.CSV,
                "UTF-8", ",", List.of("yyyy-MM-dd HH:mm:ss"), "Asia/Shanghai", Map.of());
    }

    private static MultiValueMap<String, Object> csvUpload() {
        String csv = "order_no,ordered_at,customer_id,sku,quantity,unit_price\n"
                + "SEC-" + UUID.randomUUID() + ",2025-03-01 10:00:00,C-SEC-1,SKU-1,1,9.90\n";
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
