package com.tierflow.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Problem details for API requests that fail before any Tierflow controller is chosen (unknown path, wrong method or
 * content type, unreadable multipart), which {@link ApiExceptionHandler} cannot see; other paths keep Spring's pages.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRoutingExceptionHandler {

    private final DataSize maxUploadSize;

    ApiRoutingExceptionHandler(@Value("${spring.servlet.multipart.max-file-size:-1B}") DataSize maxUploadSize) {
        this.maxUploadSize = maxUploadSize;
    }

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class, MultipartException.class})
    ResponseEntity<ProblemDetail> beforeAnyController(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            // Tomcat does not say the limit (-1): the configured one is what the client needs to know
            long limit = tooLarge.getMaxUploadSize() > 0 ? tooLarge.getMaxUploadSize() : maxUploadSize.toBytes();
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.PAYLOAD_TOO_LARGE, "The file is larger than this server accepts"
                            + (limit > 0 ? " (" + Math.max(1, limit / (1024 * 1024)) + " MB)" : "") + ". Split it into smaller files."));
        }
        if (e instanceof MultipartException) {
            return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The upload is not readable multipart/form-data; send the file as the form field 'file'."));
        }
        ErrorResponse answer = (ErrorResponse) e;
        ProblemDetail problem = answer.getBody();
        if (e instanceof NoResourceFoundException) {
            problem.setDetail("There is no endpoint " + request.getMethod() + " " + request.getRequestURI() + ".");
        }
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).body(problem);
    }
}
