package org.epiguard.isolation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.access.AccessContext;
import org.epiguard.platform.web.ListPage;
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

import java.util.List;

/** Episodes, their ends, the follow-up, facilities and treatment places for machine clients, in the caller's scopes. */
@RestController
@RequestMapping("/api/v1/isolation")
@Tag(name = "Isolation", description = "Isolation and quarantine episodes, follow-up, facilities, treatment places")
class IsolationApi {

    private final AccessContext access;
    private final IsolationRules rules;
    private final EpisodeRepository episodes;
    private final EpisodeOpening opening;
    private final EpisodeEnding ending;
    private final FollowUp followUp;
    private final PersonalLinks links;
    private final Facilities facilities;
    private final TreatmentPlaces treatment;
    private final HomeTreatment homeTreatment;
    private final CheckpointLog checkpoints;
    private final ReturneeGroups returnees;
    private final EpisodeList episodeList;

    IsolationApi(AccessContext access, IsolationRules rules, EpisodeRepository episodes, EpisodeOpening opening,
                 EpisodeEnding ending, FollowUp followUp, PersonalLinks links, Facilities facilities,
                 TreatmentPlaces treatment, HomeTreatment homeTreatment, CheckpointLog checkpoints,
                 ReturneeGroups returnees, EpisodeList episodeList) {
        this.access = access;
        this.rules = rules;
        this.episodes = episodes;
        this.opening = opening;
        this.ending = ending;
        this.followUp = followUp;
        this.links = links;
        this.facilities = facilities;
        this.treatment = treatment;
        this.homeTreatment = homeTreatment;
        this.checkpoints = checkpoints;
        this.returnees = returnees;
        this.episodeList = episodeList;
    }

    @GetMapping("/rules")
    @Operation(summary = "The dated isolation rules, every version")
    List<IsolationRule> rules() {
        IsolationAccess.require(IsolationAccess.READ, access.currentUser());
        return rules.all();
    }

    @PostMapping("/rules")
    @Operation(summary = "Add a row of a new rule version with its effective date (administrator): 201; 400 by field")
    ResponseEntity<IsolationRule> addRule(@RequestBody IsolationRules.RuleInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(rules.add(input));
    }

    @PostMapping("/episodes")
    @Operation(summary = "Open an episode with the terms of the rule in force on its start date: 201; 400 by field")
    ResponseEntity<Episode> open(@RequestBody EpisodeOpening.OpenInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(opening.open(input));
    }

    @PostMapping("/cases/{caseId}/contacts/quarantine")
    @Operation(summary = "Quarantine every F1 of a case you see in one action (contact quarantine by the rule in force on "
            + "startDate, dd/MM/yyyy, default the day after each F1's last exposure); those with a running episode, "
            + "outside your capture scope or without a rule are skipped with the reason; 404 when you see no F1 of the case")
    EpisodeOpening.ContactsQuarantined quarantineContacts(@PathVariable long caseId,
                                                          @RequestParam(required = false) String startDate) {
        return opening.quarantineContacts(caseId, startDate);
    }

    @GetMapping(value = "/episodes", params = "personId")
    @Operation(summary = "The episodes of one person in your view scope, latest first")
    List<Episode> ofPerson(@RequestParam long personId) {
        var user = access.currentUser();
        IsolationAccess.require(IsolationAccess.READ, user);
        return episodes.ofPerson(user.viewScope(), personId);
    }

    @GetMapping("/episodes")
    @Operation(summary = "Episodes in your view scope (running only by default), of one commune (5-digit code), paged (page from 0, size up to 200) and sorted (sort: start - the default, latest first -, name, plannedEnd, commune, kind, status; dir asc/desc); the same list as XLSX at /isolation/episodes.xlsx")
    ListPage<Episode> list(@RequestParam(required = false) String commune,
                           @RequestParam(defaultValue = "true") boolean running,
                           @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                           @RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
        return episodeList.page(EpisodeList.filter(running, commune), EpisodeList.query(page, size, sort, dir));
    }

    @GetMapping("/episodes/{id}")
    @Operation(summary = "One episode; 404 outside your view scope")
    Episode get(@PathVariable long id) {
        var user = access.currentUser();
        IsolationAccess.require(IsolationAccess.READ, user);
        return episodes.find(user.viewScope(), id).orElseThrow(IsolationAccess::notFound);
    }

    record RuleMove(String ruleOn) {
    }

    @PostMapping("/episodes/{id}/rule")
    @Operation(summary = "Move a running episode to the rule in force on another date (the start stays)")
    Episode moveToRule(@PathVariable long id, @RequestBody RuleMove move) {
        return opening.moveToRule(id, move.ruleOn());
    }

    @PostMapping("/episodes/{id}/release")
    @Operation(summary = "Release: the planned end reached and the required tests negative; 400 naming what is missing")
    Episode release(@PathVariable long id, @RequestBody EpisodeEnding.EndInput input) {
        return ending.release(id, input);
    }

    @PostMapping("/episodes/{id}/convert")
    @Operation(summary = "The person became a confirmed case: the quarantine ends, the isolation starts (the new episode)")
    Episode convert(@PathVariable long id, @RequestBody EpisodeEnding.EndInput input) {
        return ending.convert(id, input);
    }

    @PostMapping("/episodes/{id}/transfer")
    @Operation(summary = "Transfer to another place (facility, treatment place, home): the new episode, the bed taken")
    Episode transfer(@PathVariable long id, @RequestBody EpisodeEnding.EndInput input) {
        return ending.transfer(id, input);
    }

    @PostMapping("/episodes/{id}/death")
    @Operation(summary = "Record a death: the episode ends")
    Episode death(@PathVariable long id, @RequestBody EpisodeEnding.EndInput input) {
        return ending.death(id, input);
    }

    @GetMapping("/releases/due")
    @Operation(summary = "Who qualifies for release on a date (default today) in your view scope")
    List<Episode> due(@RequestParam(required = false) String on, @RequestParam(required = false) String commune) {
        var date = IsolationDates.orToday("on", on);
        return ending.dueForRelease(date, commune);
    }

    @PostMapping("/releases")
    @Operation(summary = "Release in bulk everyone who qualifies on a date (default today) inside your scopes")
    List<Episode> releaseAll(@RequestParam(required = false) String on, @RequestParam(required = false) String commune) {
        return ending.releaseAll(on, commune);
    }

    @GetMapping("/episodes/{id}/checks")
    @Operation(summary = "The follow-up checks of an episode, latest first")
    List<FollowUp.CheckRow> checks(@PathVariable long id) {
        return followUp.checks(id);
    }

    @PostMapping("/episodes/{id}/checks")
    @Operation(summary = "Record a follow-up check; danger signs raise an alert with the proposed tier: 201")
    ResponseEntity<FollowUp.CheckRow> check(@PathVariable long id, @RequestBody FollowUp.CheckInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(followUp.record(id, input));
    }

    @PostMapping("/episodes/{id}/link")
    @Operation(summary = "Issue the person's follow-up link (no account needed; revokes the previous one)")
    ResponseEntity<PersonalLinks.Link> link(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(links.issue(id));
    }

    @GetMapping("/follow-up")
    @Operation(summary = "The morning round on a date: people followed at home, checked, overdue, tests due, alerts")
    List<FollowUp.RoundLine> round(@RequestParam(required = false) String on, @RequestParam(required = false) String commune,
                                   @RequestParam(defaultValue = "false") boolean overdue) {
        var date = IsolationDates.orToday("on", on);
        return followUp.round(date, commune, overdue);
    }

    @GetMapping("/alerts")
    @Operation(summary = "Danger-sign alerts in your view scope (open only by default)")
    List<FollowUp.AlertRow> alerts(@RequestParam(defaultValue = "true") boolean open) {
        return followUp.alerts(open);
    }

    @GetMapping("/facilities")
    @Operation(summary = "Quarantine facilities: capacity, occupancy, free places, admissions and discharges on a date")
    List<Facilities.FacilityRow> facilities(@RequestParam(required = false) String on) {
        var date = IsolationDates.orToday("on", on);
        return facilities.list(date);
    }

    @GetMapping("/facilities/districts")
    @Operation(summary = "Free places in quarantine facilities by district")
    List<Facilities.DistrictPlaces> byDistrict() {
        return facilities.byDistrict(IsolationDates.today());
    }

    @PostMapping("/allocations")
    @Operation(summary = "Allocate a group to facilities with room, nearest first, never beyond capacity")
    Facilities.Allocation allocate(@RequestBody Facilities.AllocationInput input) {
        return facilities.allocate(input);
    }

    @GetMapping("/treatment-places")
    @Operation(summary = "Treatment places by tier with beds, occupancy, oxygen and ICU beds")
    List<TreatmentPlaces.PlaceRow> treatmentPlaces(@RequestParam(required = false) Integer tier) {
        return treatment.list(tier);
    }

    @PutMapping("/treatment-places/{unitId}")
    @Operation(summary = "Set a unit's tier and beds (district and province command)")
    TreatmentPlaces.PlaceRow saveTreatmentPlace(@PathVariable long unitId, @RequestBody TreatmentPlaces.PlaceInput input) {
        return treatment.save(unitId, input);
    }

    @GetMapping("/home-treatment")
    @Operation(summary = "Whether an F0 may be treated at home on a date by the decision in force, with the reasons")
    HomeTreatment.Eligibility homeTreatment(HomeTreatment.Assessment assessment) {
        return homeTreatment.assess(assessment);
    }

    @PostMapping("/checkpoint-entries")
    @Operation(summary = "Log a passenger entering through a checkpoint; flagged without declaration or test: 201")
    ResponseEntity<CheckpointLog.Entry> logEntry(@RequestBody CheckpointLog.EntryInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(checkpoints.record(input));
    }

    @GetMapping("/checkpoint-entries")
    @Operation(summary = "Entries in your view scope: a checkpoint's log, a commune's arrivals (of a day, of a destination commune, flagged only), paged (page from 0, size up to 200) and sorted (sort: time - the default, latest first -, name, checkpoint, origin, commune, flagged; dir asc/desc); the same list as XLSX at /isolation/checkpoint-entries.xlsx")
    ListPage<CheckpointLog.Entry> entries(@RequestParam(required = false) String day,
                                          @RequestParam(required = false) String commune,
                                          @RequestParam(defaultValue = "false") boolean flagged,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size,
                                          @RequestParam(required = false) String sort,
                                          @RequestParam(required = false) String dir) {
        return checkpoints.list(CheckpointLog.filter(day, commune, flagged), CheckpointLog.query(page, size, sort, dir));
    }

    @PostMapping("/returnee-groups")
    @Operation(summary = "Register a returnee group: each member quarantined by the returnee rule on arrival (home or nearest facility)")
    ResponseEntity<ReturneeGroups.Group> registerGroup(@RequestBody ReturneeGroups.GroupInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(returnees.register(input));
    }

    @GetMapping("/returnee-groups/{id}/members")
    @Operation(summary = "The members of a returnee group inside your view scope (your commune's arrivals)")
    List<Episode> groupMembers(@PathVariable long id) {
        return returnees.members(id);
    }
}
