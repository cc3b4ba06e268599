package com.tierflow.report.internal;

import java.io.IOException;
import java.util.Set;

/**
 * One report of the catalogue. A new report is one more Spring bean implementing this interface; the catalogue, the
 * REST API, the archive and the schedules pick it up.
 */
public interface ReportDefinition {

    /** The kind as the API names it, kebab-case: {@code orders}. */
    String kind();

    /** Which optional parameters it understands; a request setting any other is refused. */
    Set<ReportParameter> parameters();

    /** Writes the summary sheet and the views; returns the number of data rows written. */
    long write(ReportContext context) throws IOException;
}
