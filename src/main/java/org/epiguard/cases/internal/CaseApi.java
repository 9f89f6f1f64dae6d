package org.epiguard.cases.internal;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.epiguard.platform.web.ListPage;

import java.util.List;
import java.util.Map;

/** Cases and containment zones for machine clients, in the caller's scopes. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "F0 cases (opened from test results or by hand), their lifecycle, classification, risk group, investigation and containment zones")
class CaseApi {

    record Problem(String field, String code, String message) {
    }

    private final CaseViews views;
    private final CaseEntry entry;
    private final CaseRuleEntry ruleEntry;
    private final RapidTestRules rapidTestRules;
    private final RiskRules riskRules;
    private final WindowRules windowRules;
    private final InvestigationEntry investigations;
    private final ZoneEntry zoneEntry;
    private final MessageSource messages;

    CaseApi(CaseViews views, CaseEntry entry, CaseRuleEntry ruleEntry, RapidTestRules rapidTestRules, RiskRules riskRules,
            WindowRules windowRules, InvestigationEntry investigations, ZoneEntry zoneEntry,
            MessageSource messages) {
        this.views = views;
        this.entry = entry;
        this.ruleEntry = ruleEntry;
        this.rapidTestRules = rapidTestRules;
        this.riskRules = riskRules;
        this.windowRules = windowRules;
        this.investigations = investigations;
        this.zoneEntry = zoneEntry;
        this.messages = messages;
    }

    @PostMapping
    @Operation(summary = "A case entered by hand for a person (status SUSPECTED or CONFIRMED, the default; at dd/MM/yyyy HH:mm, now when blank): 201; 400 with problems by field (personId OPEN_CASE when the person has an open case); 404 person outside your view scope; 403 outside your capture scope")
    ResponseEntity<CaseViews.CaseDetail> create(@RequestBody CaseEntry.NewCaseInput input) {
        long id = entry.create(input);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.detail(id));
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "A step of the lifecycle (to: CONFIRMED or DISCARDED from SUSPECTED; ISOLATED, RECOVERED or DIED from CONFIRMED; RECOVERED or DIED from ISOLATED; at, now when blank): 400 names the field; 404 outside your view scope; 403 outside your capture scope")
    CaseViews.CaseDetail transition(@PathVariable long id, @RequestBody CaseEntry.TransitionInput input) {
        entry.transition(id, input);
        return views.detail(id);
    }

    @PutMapping("/{id}/classification")
    @Operation(summary = "The classification (imported or domestic, found in quarantine or in the community, source known or not: null until investigated) by the commune, district or province")
    CaseViews.CaseDetail classify(@PathVariable long id, @RequestBody CaseEntry.ClassificationInput input) {
        entry.classify(id, input);
        return views.detail(id);
    }

    @GetMapping
    @Operation(summary = "Cases in your view scope, paged (page from 0, size up to 200) and sorted (sort: priority, the default - children under 5, under 18, 65+ with comorbidities, the unvaccinated first -, name, age, status, confirmed, risk, commune; dir asc/desc), filtered by status, commune (5-digit code; a 3-digit district code: all its communes), risk (GREEN, YELLOW, ORANGE, RED) and watch (UNDER_5, UNDER_18, ELDERLY_COMORBID, UNVACCINATED)")
    ListPage<CaseList.Row> list(@RequestParam(required = false) String status, @RequestParam(required = false) String commune,
                                @RequestParam(required = false) String risk, @RequestParam(required = false) String watch,
                                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
        return views.list(CaseViews.filter(status, commune, risk, watch), CaseViews.query(page, size, sort, dir));
    }

    @PutMapping("/{id}/clinical")
    @Operation(summary = "The symptoms (codes: FEVER, COUGH, SORE_THROAT, RUNNY_NOSE, FATIGUE, MUSCLE_PAIN, HEADACHE, LOSS_OF_TASTE_OR_SMELL, DIARRHOEA, SHORTNESS_OF_BREATH, CHEST_PAIN, CONFUSION, CYANOSIS) and SpO2 (%) of a case; its risk group is worked out again by the rule in force")
    CaseViews.CaseDetail clinical(@PathVariable long id, @RequestBody CaseEntry.ClinicalInput input) {
        entry.clinical(id, input);
        return views.detail(id);
    }

    @GetMapping("/{id}/investigation")
    @Operation(summary = "The case's investigation form (null before the first save), its window by the dated rule, and the household members the registry knows")
    InvestigationEntry.InvestigationView investigation(@PathVariable long id) {
        return investigations.view(id);
    }

    @PutMapping("/{id}/investigation")
    @Operation(summary = "Save the investigation form whole: onsetDate, symptoms, workplace (text, workplaceUnitId), notes, places [{visitedOn, place, unitId, communeCode, note}], peopleMet [{metOn, personId, fullName, birthYear, phone, relation, place}], household [{personId, fullName, birthYear, phone, relation}]; days must fall in the window; 400 names the field (places[2].visitedOn)")
    InvestigationEntry.InvestigationView saveInvestigation(@PathVariable long id,
                                                           @RequestBody InvestigationEntry.InvestigationInput input) {
        investigations.save(id, input);
        return investigations.view(id);
    }

    @GetMapping("/rules/investigation-window")
    @Operation(summary = "The rule of how many days before onset the investigation covers, every version")
    List<WindowRules.WindowRule> windowRules() {
        views.reader();
        return windowRules.all();
    }

    @PostMapping("/rules/investigation-window")
    @Operation(summary = "A version of the investigation window rule from its date (effectiveFrom dd/MM/yyyy, daysBefore 1-60), province committee or administrator: 201")
    ResponseEntity<WindowRules.WindowRule> putWindowRule(@RequestBody CaseRuleEntry.WindowRuleInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(ruleEntry.putWindowRule(input));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case with the zones it caused; 404 outside your view scope")
    CaseViews.CaseDetail find(@PathVariable long id) {
        return views.detail(id);
    }

    @GetMapping("/zones")
    @Operation(summary = "Containment zones in your scope by status (PROPOSED, ACTIVE, LIFTED; default ACTIVE), newest first")
    List<ZoneRow> zones(@RequestParam(defaultValue = "ACTIVE") String status) {
        ZoneStatus s = CaseFields.choice(ZoneStatus.class, "status", status, new java.util.ArrayList<>())
                .orElseThrow(() -> InvalidCaseInput.of("status", "UNKNOWN_VALUE", status));
        return views.zones(s);
    }

    @GetMapping("/zones/{id}")
    @Operation(summary = "A containment zone with the cases that caused it; 404 outside your view scope")
    ZoneRow zone(@PathVariable long id) {
        return views.zone(id);
    }

    @GetMapping("/rules/rapid-test")
    @Operation(summary = "The rule of whether a positive rapid test alone confirms a case, every version")
    List<RapidTestRules.RapidTestRule> rapidTestRules() {
        views.reader();
        return rapidTestRules.all();
    }

    @PostMapping("/rules/rapid-test")
    @Operation(summary = "A version of the rapid test rule from its date (effectiveFrom dd/MM/yyyy, confirms true/false), province committee or administrator: 201")
    ResponseEntity<RapidTestRules.RapidTestRule> putRapidTestRule(@RequestBody CaseRuleEntry.RapidTestRuleInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(ruleEntry.putRapidTestRule(input));
    }

    @GetMapping("/rules/risk")
    @Operation(summary = "The rule of the four risk colours, every version")
    List<RiskRules.RiskRule> riskRules() {
        views.reader();
        return riskRules.all();
    }

    @PostMapping("/rules/risk")
    @Operation(summary = "A version of the risk colour rule from its date (effectiveFrom dd/MM/yyyy, oldAge, middleAge, spo2HighBelow, spo2VeryHighBelow), province committee or administrator: 201")
    ResponseEntity<RiskRules.RiskRule> putRiskRule(@RequestBody CaseRuleEntry.RiskRuleInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(ruleEntry.putRiskRule(input));
    }

    @PostMapping("/zones/{id}/confirm")
    @Operation(summary = "The commune confirms a proposed zone (ACTIVE), optionally adjusting kind (HOUSEHOLD, BUILDING, VILLAGE with villageId, VENUE, COMMUNE), description, startsOn and plannedEnd (dd/MM/yyyy); 400 names the field; 404 outside your view scope; 403 outside your capture scope")
    ZoneRow confirmZone(@PathVariable long id, @RequestBody ZoneEntry.ConfirmInput input) {
        zoneEntry.confirm(id, input);
        return views.zone(id);
    }

    @PostMapping("/zones/{id}/lift")
    @Operation(summary = "The commune lifts an active zone (at dd/MM/yyyy HH:mm, now when blank)")
    ZoneRow liftZone(@PathVariable long id, @RequestBody ZoneEntry.LiftInput input) {
        zoneEntry.lift(id, input);
        return views.zone(id);
    }

    @ExceptionHandler(InvalidCaseInput.class)
    ResponseEntity<Map<String, List<Problem>>> invalid(InvalidCaseInput e) {
        var locale = LocaleContextHolder.getLocale();
        return ResponseEntity.badRequest().body(Map.of("errors", e.problems().stream()
                .map(p -> new Problem(p.field(), p.code(), messages.getMessage(p.messageKey(), p.args().toArray(),
                        p.code(), locale)))
                .toList()));
    }
}
