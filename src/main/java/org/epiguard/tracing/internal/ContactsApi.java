package org.epiguard.tracing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.platform.web.ListPage;
import org.epiguard.platform.web.ListQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contacts (F1, F2) for machine clients, in the caller's scopes. */
@RestController
@RequestMapping("/api/v1/tracing/contacts")
@Tag(name = "Tracing: contacts", description = "F1 and F2 contacts of cases, household listing, tracing work")
class ContactsApi {

    record HouseholdRequest(Long caseId, String lastExposureAt) {
    }

    record StatusRequest(String status) {
    }

    private final ContactEntry entry;
    private final ContactLists lists;

    ContactsApi(ContactEntry entry, ContactLists lists) {
        this.entry = entry;
        this.lists = lists;
    }

    @PostMapping
    @Operation(summary = "List a contact: personId with caseId (F1) or f1PersonId (F2), exposure (HOUSEHOLD, WORKPLACE, "
            + "SCHOOL, VENUE, TRANSPORT, CARE_UNPROTECTED), place, lastExposureAt (dd/MM/yyyy HH:mm or ISO): 201; 400 with "
            + "problems by field; 409 when the person is already listed under that case or F1; 404 case outside your view "
            + "scope; 403 outside your capture scope")
    ResponseEntity<ContactRow> create(@RequestBody ContactInput input) {
        long id = entry.list(input);
        return ResponseEntity.status(HttpStatus.CREATED).body(lists.one(id));
    }

    @PostMapping("/household")
    @Operation(summary = "Every other member of the case person's household becomes an F1 of the case (HOUSEHOLD); "
            + "those already listed are counted, not listed twice")
    ContactEntry.HouseholdResult household(@RequestBody HouseholdRequest request) {
        if (request.caseId() == null) {
            throw InvalidContactInput.of("caseId", "REQUIRED");
        }
        return entry.listHousehold(request.caseId(), request.lastExposureAt());
    }

    @GetMapping
    @Operation(summary = "Contacts inside your view scope (where the contact lives), paged; filters caseId, personId "
            + "(every case the person is a contact of), level (1, 2), status (LISTED, REACHED, QUARANTINED, RELEASED, OPEN), "
            + "commune; sort exposure, name, level, status, commune, case")
    ListPage<ContactRow> list(@RequestParam(required = false) Long caseId, @RequestParam(required = false) Long personId,
                              @RequestParam(required = false) Integer level, @RequestParam(required = false) String status,
                              @RequestParam(required = false) String commune, @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                              @RequestParam(required = false) String dir) {
        return lists.page(ContactFilter.of(caseId, personId, level, status, commune),
                ListQuery.of(page, size, sort, dir, ContactRepository.SORTABLE, "exposure"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One contact; 404 outside your view scope")
    ContactRow one(@PathVariable long id) {
        return lists.one(id);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Record the tracing work on a contact: REACHED, QUARANTINED, RELEASED (or LISTED)")
    ContactRow status(@PathVariable long id, @RequestBody StatusRequest request) {
        return entry.changeStatus(id, request.status());
    }
}
