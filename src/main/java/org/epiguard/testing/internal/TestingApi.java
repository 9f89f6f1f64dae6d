package org.epiguard.testing.internal;

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

import java.util.List;
import java.util.Map;

/** Samples, pools, results, retest orders, alerts and the pool size rule for machine clients, in the caller's scopes. */
@RestController
@RequestMapping("/api/v1/testing")
@Tag(name = "Testing", description = "Samples, pools, rapid and RT-PCR results, retest orders, positive rapid test alerts")
class TestingApi {

    record Problem(String field, String code, String message) {
    }

    static final int LIST_LIMIT = 500;

    private final SampleEntry samples;
    private final PoolEntry pools;
    private final ResultEntry results;
    private final PoolRuleEntry rules;
    private final TestingViews views;
    private final RetestOrders retests;
    private final Alerts alerts;
    private final MessageSource messages;

    TestingApi(SampleEntry samples, PoolEntry pools, ResultEntry results, PoolRuleEntry rules, TestingViews views,
               RetestOrders retests, Alerts alerts, MessageSource messages) {
        this.samples = samples;
        this.pools = pools;
        this.results = results;
        this.rules = rules;
        this.views = views;
        this.retests = retests;
        this.alerts = alerts;
        this.messages = messages;
    }

    @PostMapping("/samples")
    @Operation(summary = "Record a sample (collectedAt dd/MM/yyyy HH:mm or ISO): 201; 400 with problems by field; 404 person outside your view scope; 403 outside your capture scope")
    ResponseEntity<TestingViews.SampleView> createSample(@RequestBody SampleInput input) {
        SampleRow row = samples.record(input);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.sample(row.barcode()));
    }

    @GetMapping("/samples/{barcode}")
    @Operation(summary = "A sample by its barcode with its results; 404 outside your view scope")
    TestingViews.SampleView sample(@PathVariable String barcode) {
        return views.sample(barcode);
    }

    @GetMapping("/samples")
    @Operation(summary = "A person's samples with their results, newest first; 404 outside your view scope")
    List<TestingViews.SampleView> samplesOf(@RequestParam long personId) {
        return views.ofPerson(personId);
    }

    @PostMapping("/pools")
    @Operation(summary = "Pool samples (2 up to the dated rule's maximum; never symptomatic or F1 samples): 201; 400 with problems by field")
    ResponseEntity<TestingViews.PoolView> createPool(@RequestBody PoolInput input) {
        PoolRow row = pools.record(input);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.pool(row.barcode()));
    }

    @GetMapping("/pools/{barcode}")
    @Operation(summary = "A pool with its members in your scope and its results; 404 outside your view scope")
    TestingViews.PoolView pool(@PathVariable String barcode) {
        return views.pool(barcode);
    }

    @PostMapping("/results")
    @Operation(summary = "Record a result of a sample or (PCR_POOL) a pool: 201; a positive pool orders retests, a negative one gives its members negative results")
    ResponseEntity<TestRow> createResult(@RequestBody ResultInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(results.record(input));
    }

    @PostMapping("/rapid-tests")
    @Operation(summary = "Record a rapid test in one step (sample without barcode allowed): 201; a positive one raises an alert")
    ResponseEntity<TestRow> createRapidTest(@RequestBody RapidTestInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(results.recordRapid(input));
    }

    @GetMapping("/retest-orders")
    @Operation(summary = "Open retest orders of positive pools in your scope (toResample: only those not re-sampled yet), oldest first")
    List<RetestOrders.OpenOrder> retestOrders(@RequestParam(defaultValue = "false") boolean toResample) {
        return retests.open(views.reader().viewScope(), toResample, LIST_LIMIT);
    }

    @GetMapping("/alerts")
    @Operation(summary = "Alerts of positive rapid tests in your scope with the lockdown proposal, newest first")
    List<Alerts.Alert> alerts() {
        return alerts.latest(views.reader().viewScope(), LIST_LIMIT);
    }

    @GetMapping("/pool-rules")
    @Operation(summary = "The pool size rule, every version")
    List<PoolRules.PoolRule> poolRules() {
        return rules.all();
    }

    @PostMapping("/pool-rules")
    @Operation(summary = "A new version of the pool size rule from its date (province committee, administrators): 201")
    ResponseEntity<PoolRules.PoolRule> addPoolRule(@RequestBody PoolRuleEntry.PoolRuleInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(rules.add(input));
    }

    @ExceptionHandler(InvalidTestingInput.class)
    ResponseEntity<Map<String, List<Problem>>> invalid(InvalidTestingInput e) {
        return problems(e, messages);
    }

    /** 400 with the problems by field in the caller's language (shared by the testing APIs). */
    static ResponseEntity<Map<String, List<Problem>>> problems(InvalidTestingInput e, MessageSource messages) {
        var locale = LocaleContextHolder.getLocale();
        return ResponseEntity.badRequest().body(Map.of("errors", e.problems().stream()
                .map(p -> new Problem(p.field(), p.code(), messages.getMessage(p.messageKey(), p.args().toArray(),
                        p.code(), locale)))
                .toList()));
    }
}
