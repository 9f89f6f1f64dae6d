package org.epiguard.geo.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

/** Refused input to the geo API: 400 with {@code {"errors": {field: message}}}. */
@RestControllerAdvice(assignableTypes = {VillageApi.class, OrgUnitApi.class, PopulationApi.class, AdminUnitApi.class})
class GeoApiErrors {

    private final Messages messages;

    GeoApiErrors(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInput e) {
        HttpStatus status = e instanceof VillageService.InUse ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(Map.of("errors", messages.byField(e)));
    }
}
