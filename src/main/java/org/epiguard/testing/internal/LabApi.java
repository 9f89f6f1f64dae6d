package org.epiguard.testing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Manifests from collection sites to labs, the lab's work list and turnaround times, in the caller's scopes. */
@RestController
@RequestMapping("/api/v1/testing")
@Tag(name = "Testing: labs", description = "Sample manifests, their receipt, the lab's triage work list, turnaround times")
class LabApi {

    static final int LIST_LIMIT = 500;

    private final ManifestEntry manifests;
    private final LabTriage triage;
    private final Turnaround turnaround;
    private final MessageSource messages;

    LabApi(ManifestEntry manifests, LabTriage triage, Turnaround turnaround, MessageSource messages) {
        this.manifests = manifests;
        this.triage = triage;
        this.turnaround = turnaround;
        this.messages = messages;
    }

    @PostMapping("/manifests")
    @Operation(summary = "Send samples to a lab (sentAt dd/MM/yyyy HH:mm or ISO; declaredSorted: listed by priority): 201, flagged unsorted when mixed; 400 with problems by field; 403 outside your capture scope")
    ResponseEntity<ManifestEntry.ManifestView> create(@RequestBody ManifestInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(manifests.create(input));
    }

    @GetMapping("/manifests")
    @Operation(summary = "Manifests you sent or that are addressed to you (your area for districts and the province), newest first; received=true/false filters")
    List<ManifestEntry.ManifestView> list(@RequestParam(required = false) Boolean received) {
        return manifests.latest(received, LIST_LIMIT);
    }

    @GetMapping("/manifests/{id}")
    @Operation(summary = "A manifest with its samples, the missing and extra barcodes and the unsorted flag; 404 outside your view scope")
    ManifestEntry.ManifestView get(@PathVariable long id) {
        return manifests.view(id);
    }

    @PostMapping("/manifests/{id}/receipt")
    @Operation(summary = "The lab marks the manifest received with the barcodes it scanned: 200 with the missing and extra ones; 403 for any other unit")
    ManifestEntry.ManifestView receive(@PathVariable long id, @RequestBody ReceiptInput input) {
        return manifests.receive(id, input);
    }

    @GetMapping("/triage")
    @Operation(summary = "The lab's work list: received samples not pooled or resulted, by priority, never-pooled apart, with suggested pools")
    LabTriage.WorkList workList() {
        return triage.workList(Instant.now());
    }

    @GetMapping("/turnaround")
    @Operation(summary = "Turnaround hours (collection → result, receipt → result: median, p90, count) by collection site and lab, for results dated from..to (dd/MM/yyyy)")
    Turnaround.Report turnaround(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return turnaround.report(from, to);
    }

    @ExceptionHandler(InvalidTestingInput.class)
    ResponseEntity<Map<String, List<TestingApi.Problem>>> invalid(InvalidTestingInput e) {
        return TestingApi.badRequest(e, messages);
    }
}
