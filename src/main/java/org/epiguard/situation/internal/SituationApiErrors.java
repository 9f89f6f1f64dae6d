package org.epiguard.situation.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

/** A bad input of the situation API: 400 naming the field. */
@RestControllerAdvice(assignableTypes = {LevelApi.class, RuleApi.class, ReportApi.class})
class SituationApiErrors {

    @ExceptionHandler(InvalidField.class)
    ResponseEntity<Map<String, String>> invalid(InvalidField e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("field", e.field(), "error", e.getMessage()));
    }
}
