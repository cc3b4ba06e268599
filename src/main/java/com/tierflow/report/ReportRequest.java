package com.tierflow.report;

/**
 * @param kind       a report kind of the catalogue, e.g. {@code orders}
 * @param language   {@code zh} or {@code en}; zh when null
 */
public record ReportRequest(String kind, ReportParameters parameters, String language) {
}
