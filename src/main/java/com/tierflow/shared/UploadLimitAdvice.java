package com.tierflow.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the upload limit is refused while the request is read, before any controller is chosen, so advice bound
 * to controllers never sees it. This one applies to every request: a sentence for people and for the API alike.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            ModelAndView page = new ModelAndView("error");
            page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
            page.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
            return page;
        }
        String limit = e.getMaxUploadSize() > 0 ? " (" + Math.max(1, e.getMaxUploadSize() / (1024 * 1024)) + " MB)" : "";
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                        "The file is larger than this server accepts" + limit + ". Split it into smaller files."));
    }
}
