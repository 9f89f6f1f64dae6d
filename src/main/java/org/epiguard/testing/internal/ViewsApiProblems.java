package org.epiguard.testing.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Map;

/** A refused input of the statistics and kit APIs: 400 with the problems by field, as the other testing APIs answer. */
@RestControllerAdvice(assignableTypes = {StatsApi.class, KitApi.class})
class ViewsApiProblems {

    private final MessageSource messages;

    ViewsApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidTestingInput.class)
    ResponseEntity<Map<String, List<TestingApi.Problem>>> invalid(InvalidTestingInput e) {
        var locale = LocaleContextHolder.getLocale();
        return ResponseEntity.badRequest().body(Map.of("errors", e.problems().stream()
                .map(p -> new TestingApi.Problem(p.field(), p.code(),
                        messages.getMessage(p.messageKey(), p.args().toArray(), p.code(), locale)))
                .toList()));
    }
}
