package com.tierflow.support;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The REST API as a client sees it. Every test reaches the server through here, so that credentials (once the API
 * asks for them) are added in one place. URI variables are encoded in full, so '+' in a phone number stays a '+'.
 */
public final class ApiClient {

    private final RestClient rest;

    /** Calls the API as the test admin (any role may read; the authorization matrix lives in the security tests). */
    public ApiClient(RestClient.Builder builder, int port) {
        this.rest = builder.clone()
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("admin", TestUsers.ADMIN_PASSWORD))
                .build();
    }

    /** A GET that must succeed; a 4xx or 5xx fails the test with the server's problem body. */
    public <T> T get(Class<T> type, String uri, Object... uriVariables) {
        return rest.get().uri(uri, uriVariables).retrieve().body(type);
    }

    public <T> T get(ParameterizedTypeReference<T> type, String uri, Object... uriVariables) {
        return rest.get().uri(uri, uriVariables).retrieve().body(type);
    }

    /** A GET that is expected to fail: its status, headers and problem-details body. */
    public ResponseEntity<ProblemDetail> getProblem(String uri, Object... uriVariables) {
        return rest.get().uri(uri, uriVariables).exchange((request, response) -> ResponseEntity
                .status(response.getStatusCode())
                .headers(response.getHeaders())
                .body(response.bodyTo(ProblemDetail.class)));
    }
}
