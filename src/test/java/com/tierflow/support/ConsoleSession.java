package com.tierflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like session with the web console, without a browser: a cookie jar, the login form and the CSRF token
 * that every page carries in {@code <meta name="_csrf">}. Redirects are not followed, so tests see them.
 */
public final class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*(?:value|content)=\"([^\"]+)\"");
    private static final HttpClient PLAIN = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final int port;
    private final HttpClient client;
    private String csrf;

    public ConsoleSession(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in through the login form; fails unless the console accepts the credentials. */
    public void signIn(String user, String password) {
        String location = attemptSignIn(user, password);
        if (location.contains("/login")) {
            throw new AssertionError("console sign-in as " + user + " failed: sent to " + location);
        }
        // Spring Security issues a new CSRF token with the new session
        csrf = csrfOf(exchange(HttpRequest.newBuilder(uri("/console/profile")).GET()).body());
    }

    /** Sends the login form; returns where the console sends the browser next. */
    public String attemptSignIn(String user, String password) {
        HttpResponse<String> form = exchange(HttpRequest.newBuilder(uri("/login")).GET());
        csrf = csrfOf(form.body());
        String body = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
        HttpResponse<String> answer = exchange(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (answer.statusCode() != 302) {
            throw new AssertionError("the login form answered " + answer.statusCode());
        }
        return answer.headers().firstValue("Location").orElse("");
    }

    /** A state-changing request without the CSRF token, as a forged cross-site form would send it. */
    public int sendWithoutCsrfToken(String method, String path) {
        return statusOf(exchange(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString("name=forged"))));
    }

    /**
     * The status of a request in this session; state-changing requests carry the CSRF token. A redirect to the login
     * form counts as 401, since that is how the console tells a browser to sign in; other redirects as 303.
     */
    public int send(String method, String path) {
        return statusOf(get(method, path));
    }

    static int statusOf(HttpResponse<?> answer) {
        if (answer.statusCode() == 302 || answer.statusCode() == 303) {
            return answer.headers().firstValue("Location").orElse("").matches("(https?://[^/]+)?/login(\\?.*)?") ? 401 : 303;
        }
        return answer.statusCode();
    }

    public HttpResponse<String> get(String method, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (method.equals("GET")) {
            request.GET();
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(csrf == null ? "" : "_csrf=" + encode(csrf)));
        }
        return exchange(request);
    }

    /** A request without session, with this Authorization header (or none). */
    public static int plain(int port, String method, String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return statusOf(PLAIN.send(request.build(), HttpResponse.BodyHandlers.discarding()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String csrfOf(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return matcher.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
