package org.epiguard.people.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.access.AccessContext;
import org.epiguard.people.PeopleDirectory;
import org.epiguard.people.PersonHit;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The person registry for machine clients. Everything is limited to the caller's scopes. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "The person registry: search, read, create, update, merge")
class PeopleApi {

    record MergeRequest(long duplicateId) {
    }

    record DuplicateAnswer(String error, List<Long> candidates, boolean outsideScope, boolean sameDocument) {
    }

    record HouseholdAnswer(Households.Household household, List<Person> members) {
    }

    private final PeopleDirectory directory;
    private final PersonRepository people;
    private final PersonRegistry registry;
    private final PersonMerger merger;
    private final Households households;
    private final AccessContext access;

    PeopleApi(PeopleDirectory directory, PersonRepository people, PersonRegistry registry, PersonMerger merger,
              Households households, AccessContext access) {
        this.directory = directory;
        this.people = people;
        this.registry = registry;
        this.merger = merger;
        this.households = households;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "Search by name (with or without diacritics, optionally + birth year), citizen ID, passport or phone")
    List<PersonHit> search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
        return directory.search(access.currentUser(), q, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A person; a merged person answers 301 to the survivor")
    ResponseEntity<Person> get(@PathVariable long id) {
        Person p = people.find(id, access.currentUser().viewScope())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (p.mergedInto() != null) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create("/api/v1/people/" + p.mergedInto())).build();
        }
        return ResponseEntity.ok(p);
    }

    @PostMapping
    @Operation(summary = "Create a person: 201, or 409 with the possible duplicates inside your scope")
    ResponseEntity<?> create(@RequestBody PersonInput input) {
        return switch (registry.create(input)) {
            case PersonRegistry.Created c -> ResponseEntity.created(URI.create("/api/v1/people/" + c.id()))
                    .body(Map.of("id", c.id()));
            case PersonRegistry.PossibleDuplicates d -> ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(new DuplicateAnswer("duplicate", d.duplicates().inScope(), d.duplicates().outsideScope(),
                            d.duplicates().sameDocument()));
        };
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a person's details")
    Person update(@PathVariable long id, @RequestBody PersonInput input) {
        return registry.update(id, input);
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Merge a duplicate into this person (the survivor)")
    Person merge(@PathVariable long id, @RequestBody MergeRequest request) {
        return merger.merge(id, request.duplicateId());
    }

    @GetMapping("/households/{id}")
    @Operation(summary = "A household and those of its members inside your scope")
    HouseholdAnswer household(@PathVariable long id) {
        var scope = access.currentUser().viewScope();
        var household = households.find(id, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new HouseholdAnswer(household, households.members(id, scope));
    }
}
