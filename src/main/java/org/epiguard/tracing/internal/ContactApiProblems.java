package org.epiguard.tracing.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Map;

/** A refused contact or cluster input: 400 (409 for a person listed twice) with the problems by field. */
@RestControllerAdvice(assignableTypes = {ContactsApi.class, ClustersApi.class})
class ContactApiProblems {

    record Problem(String field, String code, String message) {
    }

    private final MessageSource messages;

    ContactApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidContactInput.class)
    ResponseEntity<Map<String, List<Problem>>> invalid(InvalidContactInput e) {
        var locale = LocaleContextHolder.getLocale();
        return ResponseEntity.status(e.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST)
                .body(Map.of("errors", e.problems().stream()
                        .map(p -> new Problem(p.field(), p.code(),
                                messages.getMessage(p.messageKey(), p.args().toArray(), p.code(), locale)))
                        .toList()));
    }
}
