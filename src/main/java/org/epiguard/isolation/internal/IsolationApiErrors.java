package org.epiguard.isolation.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Map;

/** A refused input of the isolation API and documents answers 400 with its problems by field, in the caller's language. */
@RestControllerAdvice(assignableTypes = {IsolationApi.class, DocumentPages.class})
class IsolationApiErrors {

    record Problem(String field, String code, String message) {
    }

    private final MessageSource messages;

    IsolationApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidIsolationInput.class)
    ResponseEntity<Map<String, List<Problem>>> invalid(InvalidIsolationInput e) {
        var locale = LocaleContextHolder.getLocale();
        return ResponseEntity.badRequest().body(Map.of("errors", e.problems().stream()
                .map(p -> new Problem(p.field(), p.code(), messages.getMessage(p.messageKey(), p.args().toArray(),
                        p.code(), locale)))
                .toList()));
    }
}
