package com.tierflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierflow.security.Roles;
import com.tierflow.support.IntegrationTest;
import com.tierflow.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Malformed, oversized, mistyped and mis-addressed requests to every API endpoint family are answered with a 4xx and a
 * problem-details body that names the mistake; never a 500, a stack trace or an internal class name.
 */
@IntegrationTest
class HostileRequestsIT {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String VALID_CHANNEL = """
            {"code":"HOSTILE","name":"Hostile","kind":"%s","fileType":"CSV","encoding":"UTF-8","delimiter":",",
             "dateTimeFormats":["yyyy-MM-dd HH:mm:ss"],"timeZone":"Asia/Shanghai"}""";

    @Autowired private TestUsers users;
    private final ObjectMapper json = new ObjectMapper();

    static Stream<Arguments> hostileRequests() {
        String hugeName = "x".repeat(5 * 1024 * 1024);
        String manyFormats = "[" + String.join(",", java.util.Collections.nCopies(100_000, "\"yyyy\"")) + "]";
        return Stream.of(
                // malformed JSON
                request("truncated JSON", HttpMethod.POST, "/api/channels", JSON, "{\"code\": \"X\",", 400),
                request("not JSON at all", HttpMethod.POST, "/api/reports", JSON, "kind=orders", 400),
                request("unclosed array", HttpMethod.POST, "/api/report-schedules", JSON, "[1,2", 400),
                request("JSON of the wrong shape", HttpMethod.POST, "/api/channels", JSON, "\"just a string\"", 400),
                request("empty body", HttpMethod.POST, "/api/channels", JSON, "", 400),
                request("JSON null", HttpMethod.PUT, "/api/channels/HOSTILE", JSON, "null", 400),
                request("unknown field", HttpMethod.POST, "/api/reports", JSON, "{\"kind\":\"orders\",\"admin\":true}", 400),
                request("number where text belongs", HttpMethod.POST, "/api/channels", JSON,
                        VALID_CHANNEL.formatted("MARKETPLACE").replace("\"Hostile\"", "{\"a\":1}"), 400),
                request("nested 5000 deep", HttpMethod.POST, "/api/reports", JSON,
                        "{\"parameters\":" + "[".repeat(5000) + "]".repeat(5000) + "}", 400),
                // oversized
                request("5 MB channel name", HttpMethod.POST, "/api/channels", JSON,
                        VALID_CHANNEL.formatted("MARKETPLACE").replace("\"Hostile\"", "\"" + hugeName + "\""), 400, 413),
                request("100,000 date formats", HttpMethod.POST, "/api/channels", JSON,
                        VALID_CHANNEL.formatted("MARKETPLACE").replace("[\"yyyy-MM-dd HH:mm:ss\"]", manyFormats), 400, 413),
                // unknown enum values
                request("unknown channel kind", HttpMethod.POST, "/api/channels", JSON, VALID_CHANNEL.formatted("SPACESHIP"), 400),
                request("unknown order status", HttpMethod.GET, "/api/orders?status=LOST_IN_SPACE", null, null, 400),
                request("unknown schedule period", HttpMethod.POST, "/api/report-schedules", JSON,
                        "{\"name\":\"p\",\"kind\":\"orders\",\"period\":\"FORTNIGHT\",\"cron\":\"0 0 7 * * MON\"}", 400),
                request("unknown report kind", HttpMethod.POST, "/api/reports", JSON,
                        "{\"kind\":\"everything\",\"parameters\":{\"from\":\"2024-05-01\",\"to\":\"2024-05-31\"}}", 400, 404),
                request("unknown granularity", HttpMethod.POST, "/api/reports", JSON,
                        "{\"kind\":\"orders\",\"parameters\":{\"from\":\"2024-05-01\",\"to\":\"2024-05-31\","
                                + "\"granularity\":\"HOURLY\"}}", 400),
                request("date that is none", HttpMethod.POST, "/api/reports", JSON,
                        "{\"kind\":\"orders\",\"parameters\":{\"from\":\"2024-13-45\",\"to\":\"2024-05-31\"}}", 400),
                // bad ids and parameters
                request("non-numeric import id", HttpMethod.GET, "/api/imports/abc", null, null, 400),
                request("negative import id", HttpMethod.GET, "/api/imports/-1", null, null, 400, 404),
                request("unknown import id", HttpMethod.GET, "/api/imports/987654321", null, null, 404),
                request("import id beyond a long", HttpMethod.GET, "/api/imports/99999999999999999999999", null, null, 400),
                request("fractional import id", HttpMethod.GET, "/api/imports/1.5/problems", null, null, 400),
                // limits and page sizes out of range are clamped to the documented range: an answer, never a fault
                request("negative import list limit", HttpMethod.GET, "/api/imports?limit=-5", null, null, 200, 400),
                request("negative problems offset", HttpMethod.GET, "/api/imports/1/problems?offset=-1", null, null, 400, 404),
                request("error report of an unknown import", HttpMethod.GET, "/api/imports/987654321/error-report", null, null, 404),
                request("non-numeric order id", HttpMethod.GET, "/api/orders/abc", null, null, 400),
                request("negative order id", HttpMethod.GET, "/api/orders/-7", null, null, 400, 404),
                request("unknown order id", HttpMethod.GET, "/api/orders/987654321", null, null, 404),
                request("order of an unknown channel", HttpMethod.GET, "/api/channels/NO-SUCH/orders/1", null, null, 404),
                request("order time that is none", HttpMethod.GET, "/api/orders?from=yesterday", null, null, 400),
                request("order amount that is none", HttpMethod.GET, "/api/orders?minTotal=lots", null, null, 400),
                request("negative order page", HttpMethod.GET, "/api/orders?page=-1", null, null, 400),
                request("huge order page size", HttpMethod.GET, "/api/orders?size=100000000", null, null, 200, 400),
                request("non-numeric customer id", HttpMethod.GET, "/api/customers/abc", null, null, 400),
                request("unknown customer id", HttpMethod.GET, "/api/customers/987654321", null, null, 404),
                request("negative customer page", HttpMethod.GET, "/api/customers?q=a&page=-3", null, null, 400),
                request("unknown channel", HttpMethod.GET, "/api/channels/NO-SUCH", null, null, 404),
                request("non-numeric report id", HttpMethod.GET, "/api/reports/abc", null, null, 400),
                request("unknown report id", HttpMethod.GET, "/api/reports/987654321", null, null, 404),
                request("file of an unknown report", HttpMethod.GET, "/api/reports/987654321/file", null, null, 404),
                request("negative report list limit", HttpMethod.GET, "/api/reports?limit=-1", null, null, 200, 400),
                request("unknown schedule", HttpMethod.POST, "/api/report-schedules/987654321/enable", null, null, 404),
                request("non-numeric schedule id", HttpMethod.POST, "/api/report-schedules/x/disable", null, null, 400),
                request("unknown endpoint", HttpMethod.GET, "/api/no-such-thing", null, null, 404),
                request("wrong method", HttpMethod.DELETE, "/api/channels/HOSTILE", null, null, 405),
                // wrong content types
                request("channel as plain text", HttpMethod.POST, "/api/channels", MediaType.TEXT_PLAIN_VALUE,
                        VALID_CHANNEL.formatted("MARKETPLACE"), 415),
                request("channel as XML", HttpMethod.POST, "/api/channels", MediaType.APPLICATION_XML_VALUE,
                        "<channel/>", 415),
                request("report as a form", HttpMethod.POST, "/api/reports", MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                        "kind=orders", 415),
                request("upload as JSON", HttpMethod.POST, "/api/channels/NO-SUCH/imports", JSON, "{\"file\":\"a\"}", 415),
                request("upload without a file part", HttpMethod.POST, "/api/channels/NO-SUCH/imports",
                        "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n",
                        400, 404),
                request("broken multipart", HttpMethod.POST, "/api/channels/NO-SUCH/imports",
                        "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a", 400, 404),
                request("multipart without a boundary", HttpMethod.POST, "/api/channels/NO-SUCH/imports",
                        "multipart/form-data", "whatever", 400, 404, 415));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void shouldAnswerAHostileRequestWithAProblemAndNoInternals(String name, HttpMethod method, String uri,
            String contentType, String body, List<Integer> allowed) throws Exception {
        RestClient api = users.api(Roles.ADMIN);
        Answer answer = api.method(method).uri(uri).headers(headers -> {
                    if (contentType != null) {
                        headers.set("Content-Type", contentType);
                    }
                })
                .body(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8))
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()),
                        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));

        assertThat(answer.status()).as("%s: status of %s", name, answer).isIn(allowed);
        if (answer.status() == 200) {
            return;
        }
        assertThat(answer.contentType()).as("%s: content type of %s", name, answer)
                .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(answer.status());
        assertThat(problem.path("detail").asText()).as("%s: detail", name).isNotBlank();
        assertThat(answer.body()).as("%s: internals in %s", name, answer.body())
                .doesNotContain("Exception", "\tat ", "com.tierflow", "java.", "org.springframework", "com.fasterxml",
                        "SQL", "Something went wrong");
        assertThat(answer.body().length()).as("%s: body echoes the request", name).isLessThan(2_000);
    }

    private static Arguments request(String name, HttpMethod method, String uri, String contentType, String body,
            Integer... allowed) {
        return Arguments.of(name, method, uri, contentType, body, Arrays.asList(allowed));
    }

    private record Answer(int status, String contentType, String body) {
    }
}
