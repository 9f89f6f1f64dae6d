package org.epiguard.people.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Map;

/** Refused input of the people API: 400 with each problem's field and message. */
@RestControllerAdvice(assignableTypes = PeopleApi.class)
class PeopleApiErrors {

    record Problem(String field, String message) {
    }

    private final MessageSource messages;

    PeopleApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidPerson.class)
    ResponseEntity<Map<String, List<Problem>>> invalid(InvalidPerson e) {
        var locale = LocaleContextHolder.getLocale();
        return ResponseEntity.badRequest().body(Map.of("errors", e.problems().stream()
                .map(p -> new Problem(p.field(), messages.getMessage(p.messageKey(), p.args().toArray(), locale)))
                .toList()));
    }
}
