package com.tierflow.shared;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Says what is wrong with a request body in the client's terms: field, value, what was expected; never a Java type. */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static String describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + path(unknown) + "'; the known fields here are: " + unknown.getKnownPropertyIds()
                    .stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ".";
        }
        if (cause instanceof InvalidFormatException invalid) {
            return "'" + path(invalid) + "': '" + shortened(String.valueOf(invalid.getValue())) + "' is not " + expected(invalid.getTargetType()) + ".";
        }
        if (cause instanceof MismatchedInputException mismatched) {
            String path = path(mismatched);
            return path.isEmpty() ? "The request body must be a JSON object."
                    : "'" + path + "' must be " + expected(mismatched.getTargetType()) + ".";
        }
        if (cause instanceof StreamConstraintsException) {
            return "The request body is too large or nested too deeply.";
        }
        if (cause instanceof JsonProcessingException json) {
            JsonLocation at = json.getLocation();
            return "The request body is not valid JSON" + (at == null ? "." : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ").");
        }
        return e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")
                ? "The request needs a JSON body." : "The request body could not be read as JSON.";
    }

    private static String shortened(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date (yyyy-MM-dd)";
        }
        if (type == Instant.class) {
            return "an instant (2024-05-01T08:00:00Z)";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }
}
