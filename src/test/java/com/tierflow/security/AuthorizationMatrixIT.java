package com.tierflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.ImportRecord;
import com.tierflow.intake.ImportService;
import com.tierflow.intake.ImportSource;
import com.tierflow.support.ChannelFiles;
import com.tierflow.support.ConsoleSession;
import com.tierflow.support.IntegrationTest;
import com.tierflow.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint the running application maps, against every role. The expected access of each endpoint is declared
 * once, in {@code src/test/resources/security/endpoint-access.csv}; an endpoint missing there fails this test, so a
 * new endpoint cannot ship without its access being decided.
 */
@IntegrationTest
class AuthorizationMatrixIT {

    private static final String TABLE = "/security/endpoint-access.csv";
    private static final List<String> PEOPLE = List.of(Roles.ADMIN, Roles.MANAGER, Roles.CLERK, Roles.CUSTOMER_SERVICE,
            Roles.MARKETING);

    @Autowired ApplicationContext context;
    @Autowired TestUsers users;
    @Autowired Environment environment;
    @Autowired ChannelService channels;
    @Autowired ImportService imports;
    @Autowired ChannelTokens tokens;

    @Test
    void shouldGiveEveryEndpointExactlyTheAccessTheTableDeclares() throws IOException {
        Map<String, Rule> table = readTable();
        Set<String> mapped = mappedEndpoints();
        Set<String> undeclared = new TreeSet<>(mapped);
        undeclared.removeAll(table.keySet());
        assertThat(undeclared).as("endpoints without a line in %s (method,pattern,roles[,example]): declare them", TABLE)
                .isEmpty();
        Set<String> stale = new TreeSet<>(table.keySet());
        stale.removeAll(mapped);
        stale.removeIf(key -> table.get(key).declaredOnly());
        assertThat(stale).as("lines in %s for endpoints that no longer exist", TABLE).isEmpty();

        Fixture fixture = fixture();
        List<String> wrong = new ArrayList<>();
        for (Rule rule : table.values()) {
            for (Caller caller : fixture.callers()) {
                String path = fixture.resolve(rule.example());
                int status = caller.send(rule.method(), path);
                String expected = rule.expectationFor(caller);
                if (!rule.holds(expected, status, isConsole(path) && !rule.method().equals("GET"))) {
                    wrong.add(rule.method() + " " + path + " as " + caller.name() + ": expected " + expected
                            + ", got " + status);
                }
            }
        }
        assertThat(wrong).as("requests that got other access than declared").isEmpty();
    }

    /** {@code METHOD pattern} of every handler method Spring MVC and the actuator map. */
    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add("* " + pattern);
                    }
                    methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
                }
            }
        }
        return endpoints;
    }

    private static boolean isConsole(String path) {
        return path.equals("/") || path.startsWith("/console") || path.startsWith("/login") || path.startsWith("/logout");
    }

    private Map<String, Rule> readTable() throws IOException {
        Map<String, Rule> rules = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                assertThat(cells.length).as("line '%s' needs method,pattern,roles[,example]", line).isBetween(3, 4);
                Rule rule = new Rule(cells[0].strip(), cells[1].strip(), Set.of(cells[2].strip().split("\\s+")),
                        cells.length == 4 && !cells[3].isBlank() ? cells[3].strip() : cells[1].strip());
                assertThat(rules.put(rule.key(), rule)).as("declared twice: %s", rule.key()).isNull();
            }
        }
        return rules;
    }

    private Fixture fixture() {
        Channel own = ChannelFiles.createChannel(channels, "mx");
        Channel other = ChannelFiles.createChannel(channels, "mx");
        long ownImport = submit(own);
        long otherImport = submit(other);
        String target = "it-matrix-target";
        users.ensureUser(target, Roles.MARKETING);
        int port = Integer.parseInt(environment.getRequiredProperty("local.server.port"));
        List<Caller> callers = new ArrayList<>();
        for (String role : PEOPLE) {
            callers.add(Caller.basic(role, port, users.userOf(role), role.equals(Roles.ADMIN)
                    ? TestUsers.ADMIN_PASSWORD : TestUsers.PASSWORD));
        }
        callers.add(Caller.basic("channel-own", port, users.channelUserOf(own.code()), TestUsers.PASSWORD));
        callers.add(Caller.basic("channel-other", port, users.channelUserOf(other.code()), TestUsers.PASSWORD));
        callers.add(Caller.token("token-own", port, tokens.issue(own.code(), "matrix").token()));
        callers.add(Caller.token("token-other", port, tokens.issue(other.code(), "matrix").token()));
        callers.add(Caller.anonymous(port));
        return new Fixture(own.code(), ownImport, otherImport, target, callers);
    }

    private long submit(Channel channel) {
        String csv = "order_no,ordered_at,customer_id,sku,quantity,unit_price\nMX-" + UUID.randomUUID()
                + ",2025-03-01 10:00:00,C-MX,SKU-1,1,9.90\n";
        try {
            ImportRecord record = imports.submit(channel.code(), "matrix.csv",
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ImportSource.UPLOAD, "matrix");
            return record.id();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One line of the table. Roles: the people roles by name; {@code channel-own} for channel clients (users and
     * tokens) of the channel in the path; {@code channel} for every channel user; {@code anyone} for endpoints open
     * without signing in; {@code denied-page} for the page that says 403; {@code error-page} for /error; {@code declared} for a line that documents an
     * endpoint outside Spring MVC (engine REST) so it is checked without being mapped.
     */
    record Rule(String method, String pattern, Set<String> roles, String example) {

        String key() {
            return method + " " + pattern;
        }

        boolean declaredOnly() {
            return roles.contains("declared");
        }

        String expectationFor(Caller caller) {
            if (roles.contains("error-page")) {
                // asked for directly, the error page reports the missing error as a 500: reachable is what counts
                return "reachable";
            }
            if (roles.contains("anyone")) {
                return "allowed";
            }
            String name = caller.name();
            if (name.equals("anonymous")) {
                return "unauthenticated";
            }
            if (name.startsWith("token-") && !pattern.startsWith("/api/")) {
                // channel tokens are an API credential; elsewhere they are no credential at all
                return "unauthenticated";
            }
            if (roles.contains("denied-page")) {
                return "forbidden";
            }
            if (name.startsWith("channel-") && roles.contains("channel")) {
                return "allowed";
            }
            if (name.endsWith("-own")) {
                return roles.contains("channel-own") ? "allowed" : "forbidden";
            }
            if (name.endsWith("-other")) {
                return "forbidden";
            }
            return roles.contains(name) ? "allowed" : "forbidden";
        }

        /** @param consoleForm a console POST: without a session it has no CSRF token, which is refused first (403) */
        boolean holds(String expected, int status, boolean consoleForm) {
            return switch (expected) {
                // a 5xx is no answer either: the endpoint broke before anyone could tell whether access was right
                case "allowed" -> status != 401 && status != 403 && status < 500;
                case "reachable" -> status != 401 && status != 403;
                case "forbidden" -> status == 403;
                default -> status == 401 || consoleForm && status == 403;
            };
        }
    }

    record Fixture(String ownChannel, long ownImport, long otherImport, String targetUser, List<Caller> callers) {

        String resolve(String example) {
            return example.replace("{code}", ownChannel)
                    .replace("{import}", Long.toString(ownImport))
                    .replace("{otherImport}", Long.toString(otherImport))
                    .replace("{user}", targetUser);
        }
    }

    /** Sends a request as one kind of caller, following no redirects. */
    interface Caller {

        String name();

        int send(String method, String path);

        static Caller basic(String name, int port, String user, String password) {
            String header = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            ConsoleSession session = new ConsoleSession(port);
            return new HeaderCaller(name, port, header, session, user, password);
        }

        static Caller token(String name, int port, String token) {
            return new HeaderCaller(name, port, "Bearer " + token, null, null, null);
        }

        static Caller anonymous(int port) {
            return new HeaderCaller("anonymous", port, null, new ConsoleSession(port), null, null);
        }
    }

    /** API calls carry the header; console pages go through a signed-in browser session with its CSRF token. */
    static final class HeaderCaller implements Caller {

        private final String name;
        private final int port;
        private final String authorization;
        private final ConsoleSession session;
        private final String user;
        private final String password;
        private boolean signedIn;

        HeaderCaller(String name, int port, String authorization, ConsoleSession session, String user, String password) {
            this.name = name;
            this.port = port;
            this.authorization = authorization;
            this.session = session;
            this.user = user;
            this.password = password;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int send(String method, String path) {
            if (isConsole(path) && session != null) {
                if (!signedIn && user != null) {
                    session.signIn(user, password);
                    signedIn = true;
                }
                return session.send(method.equals("*") ? "GET" : method, path);
            }
            return ConsoleSession.plain(port, method.equals("*") ? "GET" : method, path, authorization);
        }
    }
}
