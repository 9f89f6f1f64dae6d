package org.epiguard.vaccination.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.vaccination.PersonVaccination;
import org.epiguard.vaccination.VaccinationFacts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Doses for machine clients: record one, list a person's. Limited to the caller's scopes like the pages. */
@RestController
@RequestMapping("/api/v1/vaccination/doses")
@Tag(name = "Vaccination doses", description = "Record a dose, a person's doses and status")
class DoseApi {

    record Problem(String field, String code, String message, boolean confirmable) {
    }

    record PersonDoses(long personId, PersonVaccination today, List<DoseRecord> doses) {
    }

    private final DoseEntry entry;
    private final DoseRepository doses;
    private final VaccinationFacts facts;
    private final MessageSource messages;

    DoseApi(DoseEntry entry, DoseRepository doses, VaccinationFacts facts, MessageSource messages) {
        this.entry = entry;
        this.doses = doses;
        this.facts = facts;
        this.messages = messages;
    }

    @PostMapping
    @Operation(summary = "Record a dose: 201; 400 with problems by field (a confirmable one is accepted with confirmShortInterval)")
    ResponseEntity<DoseRecord> create(@RequestBody DoseInput input) {
        DoseEntryAccess.require(entry.currentUser());
        return ResponseEntity.status(HttpStatus.CREATED).body(entry.record(input));
    }

    @GetMapping
    @Operation(summary = "A person's doses and status today; 404 outside your view scope")
    PersonDoses ofPerson(@RequestParam long personId) {
        var person = entry.person(personId);
        return new PersonDoses(person.id(), facts.statusOf(person.id(), DoseDates.today()), doses.dosesOf(person.id()));
    }

    @ExceptionHandler(InvalidDose.class)
    ResponseEntity<Map<String, List<Problem>>> invalid(InvalidDose e) {
        return problems(e, messages);
    }

    /** The problems of a refused dose or recovery, by field, in the caller's language. */
    static ResponseEntity<Map<String, List<Problem>>> problems(InvalidDose e, MessageSource messages) {
        var locale = LocaleContextHolder.getLocale();
        return ResponseEntity.badRequest().body(Map.of("errors", e.problems().stream()
                .map(p -> new Problem(p.field(), p.code(), messages.getMessage(p.messageKey(), p.args().toArray(),
                        p.code(), locale), p.confirmable()))
                .toList()));
    }
}
