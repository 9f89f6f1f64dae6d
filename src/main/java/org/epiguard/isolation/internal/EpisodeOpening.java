package org.epiguard.isolation.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.people.PeopleDirectory;
import org.epiguard.tracing.CaseContacts;
import org.epiguard.people.PersonHit;
import org.epiguard.vaccination.VaccinationFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens episodes: the person must be in the user's view scope (else 404) and the episode inside their
 * capture scope (else 403); the terms come from the rule in force on the start date for the person's
 * vaccination status that day. Also moves a running episode to another rule when asked to.
 */
@Service
class EpisodeOpening {

    private final AccessContext access;
    private final PeopleDirectory people;
    private final GeoDirectory geo;
    private final VaccinationFacts vaccination;
    private final ConfirmedCases cases;
    private final IsolationRules rules;
    private final PlaceRoom places;
    private final EpisodeRepository episodes;
    private final AuditTrail audit;
    private final CaseContacts contacts;

    EpisodeOpening(AccessContext access, PeopleDirectory people, GeoDirectory geo, VaccinationFacts vaccination,
                   ConfirmedCases cases, IsolationRules rules, PlaceRoom places, EpisodeRepository episodes, AuditTrail audit,
                   CaseContacts contacts) {
        this.contacts = contacts;
        this.access = access;
        this.people = people;
        this.geo = geo;
        this.vaccination = vaccination;
        this.cases = cases;
        this.rules = rules;
        this.places = places;
        this.episodes = episodes;
        this.audit = audit;
    }

    record OpenInput(Long personId, String kind, String startDate, String place, Long placeUnitId) {
    }

    @Transactional
    Episode open(OpenInput in) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.EPISODES, user);
        if (in.personId() == null) {
            throw InvalidIsolationInput.of("personId", "REQUIRED");
        }
        PersonHit person = people.find(user, in.personId()).orElseThrow(IsolationAccess::notFound);
        Location home = homeOf(person);
        access.requireCapture(home.withUnit(in.placeUnitId()));
        List<IsolationProblem> problems = new ArrayList<>();
        EpisodeKind kind = Fields.enumValue("kind", in.kind(), EpisodeKind.class, problems);
        LocalDate start = IsolationDates.required("startDate", in.startDate(), true, problems);
        Place place = in.place() == null || in.place().isBlank() ? null
                : Fields.enumValue("place", in.place(), Place.class, problems);
        InvalidIsolationInput.throwIfAny(problems);
        return insert(person.id(), kind, start, start, place, in.placeUnitId(), home, user, problems);
    }

    /**
     * Checks and writes a new episode inside the caller's transaction; throws with the problems and writes
     * nothing when it cannot. {@code place} null takes the rule's place.
     */
    Episode insert(long personId, EpisodeKind kind, LocalDate start, LocalDate admitted, Place place, Long unitId,
                   Location home, CurrentUser user, List<IsolationProblem> problems) {
        return insert(personId, kind, start, admitted, place, unitId, home, user, problems, IsolationRule.STRICTEST_LEVEL);
    }

    /** {@link #insert} by the rule for an origin of the epidemic level (returnees). */
    Episode insert(long personId, EpisodeKind kind, LocalDate start, LocalDate admitted, Place place, Long unitId,
                   Location home, CurrentUser user, List<IsolationProblem> problems, int originLevel) {
        boolean protectedPerson = vaccination.statusOf(personId, start).protectedForQuarantine();
        IsolationRule rule = rules.inForce(kind, start, protectedPerson, originLevel).orElse(null);
        if (rule == null) {
            problems.add(IsolationProblem.of("startDate", "NO_RULE", IsolationDates.show(start)));
        }
        if (!episodes.ofPersonRunning(personId).isEmpty()) {
            problems.add(IsolationProblem.of("personId", "ALREADY_RUNNING"));
        }
        InvalidIsolationInput.throwIfAny(problems);
        Place where = place == null ? rule.place() : place;
        PlaceRoom.Placement placement = places.check(where, unitId, problems);
        InvalidIsolationInput.throwIfAny(problems);
        Long caseId = kind == EpisodeKind.CASE_ISOLATION ? cases.openConfirmedCaseOf(personId).orElse(null) : null;
        LocalDate end = rule.plannedEnd(start);
        long id = episodes.insert(new EpisodeRepository.NewEpisode(personId, kind, caseId, rule.id(), protectedPerson,
                placement.place(), placement.unitId(), placement.tier(), start, admitted, end,
                end.plusDays(rule.monitorDays()), rule.testDays(), null, null, home.provinceCode(), home.districtCode(),
                home.communeCode()), user == null ? null : user.id());
        Episode episode = episodes.get(id);
        audit.record(AuditTrail.Action.CREATE, "isolation_episode", id, episode.location(),
                kind + " of person " + personId + " from " + IsolationDates.show(start), null, terms(episode));
        return episode;
    }

    /** What quarantining a case's F1 did: episodes opened, and who was left as they were, with why. */
    record ContactsQuarantined(long caseId, List<Episode> opened, List<Map<String, Object>> skipped) {
    }

    /**
     * Opens a contact quarantine for every F1 of the case the user sees (by the rule in force on the
     * start date, the day after their last exposure unless a date is given), in one action. An F1 with a
     * running episode, outside the user's capture scope, or without a rule for that day is skipped and
     * said why; the others are opened.
     */
    @Transactional
    ContactsQuarantined quarantineContacts(long caseId, String startDate) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.EPISODES, user);
        List<IsolationProblem> problems = new ArrayList<>();
        LocalDate given = startDate == null || startDate.isBlank() ? null
                : IsolationDates.required("startDate", startDate, true, problems);
        InvalidIsolationInput.throwIfAny(problems);
        List<CaseContacts.F1> f1 = contacts.f1Of(user.viewScope(), caseId);
        if (f1.isEmpty()) {
            throw IsolationAccess.notFound();
        }
        List<Episode> opened = new ArrayList<>();
        List<Map<String, Object>> skipped = new ArrayList<>();
        for (CaseContacts.F1 c : f1) {
            PersonHit person = people.find(user, c.personId()).orElse(null);
            Location home = person == null ? null : geo.communeLocation(person.communeCode()).orElse(null);
            if (home == null || !user.canCapture(home)) {
                skipped.add(Map.of("personId", c.personId(), "reason", "OUT_OF_SCOPE"));
                continue;
            }
            LocalDate start = given != null ? given
                    : c.lastExposureAt().atZone(IsolationDates.BUSINESS_ZONE).toLocalDate().plusDays(1);
            List<IsolationProblem> one = new ArrayList<>();
            try {
                opened.add(insert(c.personId(), EpisodeKind.CONTACT_QUARANTINE, start, start, null, null, home, user, one));
            } catch (InvalidIsolationInput refused) {
                skipped.add(Map.of("personId", c.personId(), "reason",
                        refused.problems().isEmpty() ? "REFUSED" : refused.problems().getFirst().code()));
            }
        }
        return new ContactsQuarantined(caseId, opened, skipped);
    }

    /** Moves a running episode to the rule in force on another date (explicitly asked; the start stays). */
    @Transactional
    Episode moveToRule(long id, String ruleOn) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.EPISODES, user);
        Episode e = episodes.find(user.viewScope(), id).orElseThrow(IsolationAccess::notFound);
        access.requireCapture(e.location());
        episodes.lock(id);
        List<IsolationProblem> problems = new ArrayList<>();
        LocalDate on = IsolationDates.required("ruleOn", ruleOn, true, problems);
        if (!e.running()) {
            problems.add(IsolationProblem.of("id", "NOT_RUNNING"));
        }
        InvalidIsolationInput.throwIfAny(problems);
        IsolationRule rule = rules.inForce(e.kind(), on, e.protectedOnStart(), episodes.originLevelOf(id))
                .orElseThrow(() -> InvalidIsolationInput.of("ruleOn", "NO_RULE", IsolationDates.show(on)));
        LocalDate end = rule.plannedEnd(e.startDate());
        episodes.reterm(id, rule, end, end.plusDays(rule.monitorDays()), rule.testDays());
        Episode after = episodes.get(id);
        audit.record(AuditTrail.Action.UPDATE, "isolation_episode", id, e.location(),
                "episode moved to the rule of " + IsolationDates.show(rule.effectiveFrom()), terms(e), terms(after));
        return after;
    }

    Location homeOf(PersonHit person) {
        return geo.communeLocation(person.communeCode()).orElseThrow(IsolationAccess::notFound);
    }

    static Map<String, Object> terms(Episode e) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("personId", e.personId());
        f.put("kind", e.kind().name());
        f.put("ruleId", e.ruleId());
        f.put("place", e.place().name());
        f.put("placeUnitId", e.placeUnitId());
        f.put("startDate", e.startDate().toString());
        f.put("admittedOn", e.admittedOn().toString());
        f.put("plannedEnd", e.plannedEnd().toString());
        f.put("monitorUntil", e.monitorUntil().toString());
        f.put("testDays", e.testDays());
        f.put("status", e.status().name());
        f.put("endedOn", e.endedOn() == null ? null : e.endedOn().toString());
        return f;
    }
}
