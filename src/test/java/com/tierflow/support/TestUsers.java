package com.tierflow.support;

import com.tierflow.security.Roles;
import com.tierflow.security.UserAdministration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.core.env.Environment;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Calls the running application as a user of a given role. Every {@link IntegrationTest} can autowire it:
 * <pre>
 * users.api(Roles.CLERK).get().uri("/api/channels").retrieve().body(...)
 * </pre>
 * The clients are Spring's {@link RestClient} with the application's base URL and HTTP Basic credentials set; like any
 * RestClient they throw {@code HttpClientErrorException.Forbidden} and friends on 4xx and 5xx answers.
 * <p>
 * {@code api(Roles.ADMIN)} signs in as the administrator the application itself created at start-up (with
 * {@link #ADMIN_PASSWORD}); every other role gets a user {@code it-<role>}, created in Camunda's identity service on
 * first use with {@link #PASSWORD}.
 */
public class TestUsers {

    /** The password of every user this class creates. */
    public static final String PASSWORD = "it-Pa55word";

    /** Set as tierflow.security.admin.password by {@link TestApplicationInitializer}. */
    public static final String ADMIN_PASSWORD = "it-Admin-Pa55word";

    private final IdentityService identity;
    private final RestClient.Builder http;
    private final Environment environment;
    private final UserAdministration userAdministration;

    TestUsers(IdentityService identity, RestClient.Builder http, Environment environment,
            UserAdministration userAdministration) {
        this.identity = identity;
        this.http = http;
        this.environment = environment;
        this.userAdministration = userAdministration;
    }

    /** A client signed in as a user holding this role only, e.g. {@code api(Roles.CHANNEL)}. */
    public RestClient api(String role) {
        return as(userOf(role), Roles.ADMIN.equals(role) ? ADMIN_PASSWORD : PASSWORD);
    }

    /** A client sending these credentials, right or wrong. */
    public RestClient as(String userId, String password) {
        return builder().defaultHeaders(headers -> headers.setBasicAuth(userId, password)).build();
    }

    /**
     * A client signed in as a person in the channel role who belongs to this channel only (channel clients may push
     * files and read imports of their own channel, nothing else).
     */
    public RestClient channel(String channelCode) {
        return as(channelUserOf(channelCode), PASSWORD);
    }

    /** The user {@link #channel(String)} signs in with, created and bound to the channel on first use. */
    public synchronized String channelUserOf(String channelCode) {
        String userId = "it-channel-" + channelCode.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        ensureUser(userId, Roles.CHANNEL);
        if (!userAdministration.get(userId).channels().contains(channelCode)) {
            userAdministration.changeChannels(userId, java.util.Set.of(channelCode));
        }
        return userId;
    }

    /** A client sending no credentials at all. */
    public RestClient anonymous() {
        return builder().build();
    }

    /** The user id {@link #api(String)} signs in with for this role, created on first use. */
    public String userOf(String role) {
        if (!Roles.ALL.contains(role)) {
            throw new IllegalArgumentException("Unknown role '" + role + "'; use a constant of Roles");
        }
        if (Roles.ADMIN.equals(role)) {
            return environment.getRequiredProperty("tierflow.security.admin.username");
        }
        String userId = "it-" + role;
        ensureUser(userId, role);
        return userId;
    }

    /**
     * Creates the user with {@link #PASSWORD} unless it exists, and adds the roles it lacks. For tests that need a user
     * of their own, e.g. to send wrong passwords: Camunda locks a user for a few seconds after each failed attempt.
     */
    public synchronized void ensureUser(String userId, String... roles) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName("Test");
            user.setLastName(userId);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
        for (String role : roles) {
            if (identity.createGroupQuery().groupId(role).groupMember(userId).count() == 0) {
                identity.createMembership(userId, role);
            }
        }
    }

    private RestClient.Builder builder() {
        return http.clone()
                .requestFactory(new JdkClientHttpRequestFactory())
                .baseUrl("http://localhost:" + environment.getRequiredProperty("local.server.port"));
    }
}
