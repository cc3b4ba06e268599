package com.tierflow.report.internal.reports;

import com.tierflow.report.internal.ReportDefinition;
import com.tierflow.report.internal.ReportParameter;
import java.util.Set;

/** A report over one mapper of reporting queries, whose kind and accepted parameters are fixed when it is made. */
abstract class QueryReport<Q> implements ReportDefinition {

    protected final Q queries;
    private final String kind;
    private final Set<ReportParameter> parameters;

    QueryReport(String kind, Q queries, ReportParameter... parameters) {
        this.kind = kind;
        this.queries = queries;
        this.parameters = Set.of(parameters);
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public Set<ReportParameter> parameters() {
        return parameters;
    }
}
