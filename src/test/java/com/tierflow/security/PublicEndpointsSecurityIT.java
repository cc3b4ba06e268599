package com.tierflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.tierflow.support.IntegrationTest;
import com.tierflow.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;

@IntegrationTest
class PublicEndpointsSecurityIT {

    @Autowired
    TestUsers users;

    @Test
    void shouldShowHealthToAnyoneAndDetailsOnlyToAdmin() {
        JsonNode anonymous = users.anonymous().get().uri("/actuator/health").retrieve().body(JsonNode.class);
        assertThat(anonymous.path("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("components")).isFalse();

        JsonNode admin = users.api(Roles.ADMIN).get().uri("/actuator/health").retrieve().body(JsonNode.class);
        assertThat(admin.has("components")).isTrue();

        assertThat(users.anonymous().get().uri("/actuator/info").retrieve().toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldKeepOtherActuatorEndpointsForAdmin() {
        assertThatThrownBy(() -> users.anonymous().get().uri("/actuator/metrics").retrieve().toBodilessEntity())
                .isInstanceOf(HttpClientErrorException.Unauthorized.class);
        assertThatThrownBy(() -> users.api(Roles.MANAGER).get().uri("/actuator/metrics").retrieve().toBodilessEntity())
                .isInstanceOf(HttpClientErrorException.Forbidden.class);
        assertThat(users.api(Roles.ADMIN).get().uri("/actuator/metrics").retrieve().toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldPublishApiDocsWithHttpBasicAsSecurityScheme() {
        JsonNode docs = users.anonymous().get().uri("/v3/api-docs").retrieve().body(JsonNode.class);

        JsonNode scheme = docs.path("components").path("securitySchemes").path("basicAuth");
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("basic");
        assertThat(docs.path("security").toString()).contains("basicAuth");
        assertThat(docs.path("paths").has("/api/channels")).isTrue();
    }

    @Test
    void shouldServeSwaggerUiToAnyone() {
        assertThat(users.anonymous().get().uri("/swagger-ui/index.html").retrieve().toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldAskForSignInEverywhereElse() {
        assertThatThrownBy(() -> users.anonymous().get().uri("/anything-else").retrieve().toBodilessEntity())
                .isInstanceOf(HttpClientErrorException.Unauthorized.class);
    }
}
