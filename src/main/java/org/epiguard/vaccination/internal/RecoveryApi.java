package org.epiguard.vaccination.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Recoveries from COVID-19 for machine clients, limited to the caller's scopes like the pages. */
@RestController
@RequestMapping("/api/v1/vaccination/recoveries")
@Tag(name = "Vaccination recoveries", description = "Recoveries from COVID-19 that the vaccination status counts")
class RecoveryApi {

    private final RecoveryEntry entry;
    private final MessageSource messages;

    RecoveryApi(RecoveryEntry entry, MessageSource messages) {
        this.entry = entry;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "A person's recoveries, latest first; 404 outside your view scope")
    List<RecoveryRecord> ofPerson(@RequestParam long personId) {
        return entry.of(personId);
    }

    @PostMapping
    @Operation(summary = "Record a recovery (date dd/MM/yyyy or yyyy-MM-dd): 201; 400 with problems by field")
    ResponseEntity<RecoveryRecord> create(@RequestBody RecoveryInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(entry.record(input));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a recovery entered by mistake: 204; 404 outside your view scope, 403 outside your capture scope")
    ResponseEntity<Void> delete(@PathVariable long id) {
        entry.delete(id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(InvalidDose.class)
    ResponseEntity<Map<String, List<DoseApi.Problem>>> invalid(InvalidDose e) {
        return DoseApi.problems(e, messages);
    }
}
