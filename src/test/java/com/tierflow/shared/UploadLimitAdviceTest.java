package com.tierflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

class UploadLimitAdviceTest {

    private final UploadLimitAdvice advice = new UploadLimitAdvice();

    @Test
    void shouldTellAnApiClientTheLimitInProblemDetails() {
        Object answer = advice.tooLarge(new MaxUploadSizeExceededException(512L * 1024 * 1024), new MockHttpServletRequest());

        assertThat(answer).isInstanceOfSatisfying(ResponseEntity.class, entity -> {
            assertThat(entity.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
            assertThat(((ProblemDetail) entity.getBody()).getDetail()).contains("(512 MB)", "Split it");
        });
    }

    @Test
    void shouldShowABrowserTheErrorPage() {
        MockHttpServletRequest browser = new MockHttpServletRequest();
        browser.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

        Object answer = advice.tooLarge(new MaxUploadSizeExceededException(-1), browser);

        assertThat(answer).isInstanceOfSatisfying(ModelAndView.class, page -> {
            assertThat(page.getViewName()).isEqualTo("error");
            assertThat(page.getStatus()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        });
    }
}
