package com.tierflow.report.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierflow.report.ReportParameters;
import org.springframework.stereotype.Component;

/** Report parameters as stored in the archive and in schedules: JSON text. */
@Component
public class ReportJson {

    private final ObjectMapper json;

    ReportJson(ObjectMapper json) {
        this.json = json;
    }

    public String write(ReportParameters parameters) {
        try {
            return json.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Report parameters cannot be written as JSON", e);
        }
    }

    public ReportParameters read(String text) {
        try {
            return json.readValue(text, ReportParameters.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored report parameters are not readable: " + e.getOriginalMessage(), e);
        }
    }
}
