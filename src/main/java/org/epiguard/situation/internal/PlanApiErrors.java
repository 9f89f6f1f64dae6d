package org.epiguard.situation.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

/** A bad input of the planning API (and of the XLSX export): 400 naming the field. */
@RestControllerAdvice(assignableTypes = {PlanApi.class, PlanPages.class})
class PlanApiErrors {

    @ExceptionHandler(InvalidField.class)
    ResponseEntity<Map<String, String>> invalid(InvalidField e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("field", e.field(), "error", e.getMessage()));
    }
}
