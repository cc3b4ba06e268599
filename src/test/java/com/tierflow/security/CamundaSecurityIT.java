package com.tierflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierflow.support.IntegrationTest;
import com.tierflow.support.TestUsers;
import java.net.HttpCookie;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

@IntegrationTest
class CamundaSecurityIT {

    @Autowired
    TestUsers users;

    @Autowired
    IdentityService identity;

    @Autowired
    AuthorizationService authorizations;

    @Value("${tierflow.security.admin.username}")
    String admin;

    @Test
    void shouldRefuseEngineRestWithoutCredentials() {
        assertThatThrownBy(() -> users.anonymous().get().uri("/engine-rest/engine").retrieve().toBodilessEntity())
                .isInstanceOfSatisfying(HttpClientErrorException.Unauthorized.class, e ->
                        assertThat(e.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void shouldServeEngineRestToAdmin() {
        ResponseEntity<String> engines = users.api(Roles.ADMIN).get().uri("/engine-rest/engine").retrieve()
                .toEntity(String.class);

        assertThat(engines.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(engines.getBody()).contains("\"name\":\"default\"");
    }

    @Test
    void shouldApplyCamundaAuthorizationsToEngineRestCalls() {
        String clerk = users.userOf(Roles.CLERK);
        assertThat(userIds(users.api(Roles.ADMIN))).contains(admin, clerk);

        // the clerk is signed in, but Camunda grants business roles nothing yet beyond their own profile
        assertThat(userIds(users.api(Roles.CLERK))).containsExactly(clerk);
        assertThatThrownBy(() -> users.api(Roles.CLERK).post().uri("/engine-rest/group/create")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("id", "clerksclub", "name", "Clerks' club", "type", "WORKFLOW"))
                .retrieve().toBodilessEntity())
                .isInstanceOf(HttpClientErrorException.Forbidden.class);
    }

    @Test
    void shouldServeCamundaWebappWithoutSpringSecurity() {
        ResponseEntity<String> welcome = users.anonymous().get().uri("/camunda/app/welcome/default/").retrieve()
                .toEntity(String.class);

        assertThat(welcome.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(welcome.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(welcome.getBody()).containsIgnoringCase("camunda");
        assertThat(welcome.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldLetAdminSignInToCockpitWithCamundasOwnLoginAndCsrfToken() {
        ResponseEntity<String> welcome = users.anonymous().get().uri("/camunda/app/welcome/default/").retrieve()
                .toEntity(String.class);
        Map<String, String> cookies = cookies(welcome.getHeaders());
        assertThat(cookies).containsKey("XSRF-TOKEN");

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", admin);
        form.add("password", TestUsers.ADMIN_PASSWORD);
        ResponseEntity<Map<String, Object>> login = users.anonymous().post()
                .uri("/camunda/api/admin/auth/user/default/login/cockpit")
                .header(HttpHeaders.COOKIE, cookies.entrySet().stream()
                        .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")))
                .header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .toEntity(new ParameterizedTypeReference<>() { });

        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(login.getBody()).containsEntry("userId", admin);
        assertThat((List<Object>) login.getBody().get("authorizedApps")).contains("cockpit", "tasklist", "admin");
    }

    @Test
    void shouldHaveCreatedAdminInCamundasIdentityService() {
        assertThat(identity.createUserQuery().userId(admin).count()).isEqualTo(1);
        assertThat(identity.checkPassword(admin, TestUsers.ADMIN_PASSWORD)).isTrue();
        assertThat(identity.createGroupQuery().groupMember(admin).list()).extracting(Group::getId)
                .contains(Roles.ADMIN, Roles.CAMUNDA_ADMIN);
    }

    @Test
    void shouldCreateEveryRoleAsCamundaGroup() {
        assertThat(identity.createGroupQuery().list()).extracting(Group::getId)
                .containsAll(Roles.ALL)
                .contains(Roles.CAMUNDA_ADMIN);
        assertThat(identity.createGroupQuery().groupId(Roles.ADMIN).singleResult().getType()).isEqualTo("SYSTEM");
        assertThat(identity.createGroupQuery().groupId(Roles.CLERK).singleResult().getType()).isEqualTo("WORKFLOW");
    }

    @Test
    void shouldGrantAdministratorsEverythingInCamunda() {
        for (String group : List.of(Roles.ADMIN, Roles.CAMUNDA_ADMIN)) {
            for (Resources resource : Resources.values()) {
                Authorization grant = authorizations.createAuthorizationQuery().groupIdIn(group)
                        .resourceType(resource).resourceId(Authorization.ANY)
                        .authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
                assertThat(grant).as("%s on %s", group, resource).isNotNull();
                assertThat(grant.isPermissionGranted(Permissions.ALL)).as("%s on %s", group, resource).isTrue();
            }
        }
    }

    private static List<String> userIds(RestClient client) {
        List<Map<String, Object>> profiles = client.get().uri("/engine-rest/user").retrieve()
                .body(new ParameterizedTypeReference<>() { });
        return profiles.stream().map(profile -> (String) profile.get("id")).toList();
    }

    private static Map<String, String> cookies(HttpHeaders headers) {
        return headers.getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .flatMap(header -> HttpCookie.parse(header).stream())
                .collect(Collectors.toMap(HttpCookie::getName, HttpCookie::getValue, (first, second) -> second));
    }
}
