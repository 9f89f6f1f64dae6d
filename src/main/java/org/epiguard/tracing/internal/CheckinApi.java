package org.epiguard.tracing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import java.util.Locale;
import java.util.Map;

/** Venue check-ins (batches from the QR platforms), a person's check-ins, the F1 candidates of a case and their confirmation, the dated rule. */
@RestController
@RequestMapping("/api/v1/tracing")
@Tag(name = "Tracing: check-ins", description = "Venue check-ins, F1 candidates of a case from check-ins, the window rule")
class CheckinApi {

    record Batch(List<CheckinBatch.Item> items) {
    }

    record ItemProblem(int item, String field, String code, String message, String value) {
    }

    record BatchAnswer(int received, long added, long known, int rejected, List<ItemProblem> problems) {
    }

    record Problem(String field, String code, String message) {
    }

    record Candidates(long caseId, long casePersonId, Instant periodFrom, Instant periodTo, int windowMinutes,
                      List<CandidateLists.Shown> candidates) {
    }

    record ConfirmRequest(List<Long> personIds) {
    }

    private final CheckinBatch batch;
    private final CheckinReads reads;
    private final CandidateLists candidates;
    private final CheckinRules rules;
    private final MessageSource messages;

    CheckinApi(CheckinBatch batch, CheckinReads reads, CandidateLists candidates, CheckinRules rules, MessageSource messages) {
        this.batch = batch;
        this.reads = reads;
        this.candidates = candidates;
        this.rules = rules;
        this.messages = messages;
    }

    @PostMapping("/checkins")
    @Operation(summary = "A batch of check-ins {items: [{personId | citizenId, venueId, checkedInAt (ISO with offset or dd/MM/yyyy HH:mm)}]}: "
            + "good items written, bad ones answered by item and field; the same check-in again is known, not added; "
            + "403 and nothing written when a venue is outside your capture scope")
    BatchAnswer record(@RequestBody Batch body) {
        CheckinBatch.Result result = batch.record(body.items());
        Locale locale = LocaleContextHolder.getLocale();
        List<ItemProblem> problems = result.rejected().stream().map(e -> new ItemProblem(e.row(),
                "items[" + e.row() + "]." + e.field(), e.problem(),
                messages.getMessage("tracing.checkins.problem." + e.problem(), null, e.problem(), locale), e.value())).toList();
        return new BatchAnswer(result.received(), result.added(), result.known(),
                (int) problems.stream().map(ItemProblem::item).distinct().count(), problems);
    }

    @GetMapping("/checkins")
    @Operation(summary = "A person's check-ins at venues inside your view scope, newest first (at most 1000)")
    List<CheckinReads.Checkin> ofPerson(@RequestParam long personId) {
        return reads.ofPerson(personId);
    }

    @GetMapping("/cases/{caseId}/candidates")
    @Operation(summary = "F1 candidates of a case from check-ins (same venue within the rule's window during the infectious period), ranked; 404 outside your view scope")
    Candidates candidates(@PathVariable long caseId) {
        CandidateLists.CaseCandidates c = candidates.of(caseId);
        return new Candidates(c.tracedCase().id(), c.tracedCase().personId(), c.period().from(), c.period().to(),
                c.period().rule().windowMinutes(), c.candidates());
    }

    @PostMapping("/cases/{caseId}/candidates/confirm")
    @Operation(summary = "Confirm candidates as contacts of the case in one action (no personIds: all); publishes ContactCandidatesConfirmed")
    CandidateLists.Confirmation confirm(@PathVariable long caseId, @RequestBody(required = false) ConfirmRequest body) {
        return candidates.confirm(caseId, body == null ? null : body.personIds());
    }

    @GetMapping("/checkin-rules")
    @Operation(summary = "The dated rule of F1 candidates (window, days before onset), every version")
    List<CheckinRules.Rule> rules() {
        return rules.all();
    }

    @PostMapping("/checkin-rules")
    @Operation(summary = "A new version of the rule from its date (province committee, administrators): 201")
    ResponseEntity<CheckinRules.Rule> addRule(@RequestBody CheckinRules.RuleInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(rules.add(input));
    }

    @ExceptionHandler(CheckinProblem.Invalid.class)
    ResponseEntity<Map<String, List<Problem>>> invalid(CheckinProblem.Invalid e) {
        Locale locale = LocaleContextHolder.getLocale();
        return ResponseEntity.badRequest().body(Map.of("errors", e.problems().stream()
                .map(p -> new Problem(p.field(), p.code(), messages.getMessage(p.messageKey(), p.args().toArray(),
                        p.code(), locale))).toList()));
    }
}
