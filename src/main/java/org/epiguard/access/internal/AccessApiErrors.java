package org.epiguard.access.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Map;

/** Answers refused input of the access API with 400 and one entry per field: {"errors":[{field, message}]}. */
@RestControllerAdvice(assignableTypes = {UserAdminApi.class, UserImportApi.class, AccountApi.class, AuditApi.class})
class AccessApiErrors {

    private final MessageSource messages;

    AccessApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("access.invalidInput", null, locale));
        List<Map<String, String>> errors = e.problems().list().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message(messages, locale))).toList();
        problem.setProperty("errors", errors);
        return problem;
    }
}
