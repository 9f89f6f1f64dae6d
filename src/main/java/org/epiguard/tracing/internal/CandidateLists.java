package org.epiguard.tracing.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.cases.TracedCase;
import org.epiguard.cases.TracedCases;
import org.epiguard.tracing.ContactCandidatesConfirmed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The F1 candidates of one case for the commune that sees the case: its infectious period, the
 * ranked people with their names and the venue of the closest shared visit, and whether each was
 * already confirmed; and the one action that confirms them as contacts ({@link ContactCandidatesConfirmed}).
 */
@Service
class CandidateLists {

    record Shown(long personId, String fullName, Integer birthYear, String phone, String communeName, int sharedVisits,
                 long closestMinutes, long venueId, String venueName, Instant lastExposureAt,
                 boolean confirmed) {
    }

    record CaseCandidates(TracedCase tracedCase, InfectiousPeriod period, List<Shown> candidates) {
    }

    record Confirmation(long caseId, List<Long> confirmed, List<Long> alreadyConfirmed) {
    }

    static final int SHOWN = 1_000;

    private final AccessContext access;
    private final TracedCases cases;
    private final CheckinRules rules;
    private final CandidateQuery query;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CandidateLists(AccessContext access, TracedCases cases, CheckinRules rules, CandidateQuery query, JdbcClient jdbc,
                   AuditTrail audit, ApplicationEventPublisher events) {
        this.access = access;
        this.cases = cases;
        this.rules = rules;
        this.query = query;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /** The candidates of a case in the reader's view scope; another commune's case does not exist (404). */
    @Transactional(readOnly = true)
    CaseCandidates of(long caseId) {
        CurrentUser user = CheckinAccess.require(CheckinAccess.TRACE, access.currentUser());
        TracedCase c = cases.find(caseId, user.viewScope()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        InfectiousPeriod period = InfectiousPeriod.of(c, rules::inForce, Instant.now());
        List<CandidateQuery.Candidate> found = query.find(List.of(
                new CandidateQuery.ExposureWindow(c.id(), c.personId(), period.from(), period.to())));
        return new CaseCandidates(c, period, show(c.id(), found.stream().limit(SHOWN).toList()));
    }

    private List<Shown> show(long caseId, List<CandidateQuery.Candidate> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        long[] people = found.stream().mapToLong(CandidateQuery.Candidate::personId).toArray();
        long[] venues = found.stream().mapToLong(CandidateQuery.Candidate::closestVenueId).distinct().toArray();
        Map<Long, Object[]> persons = new java.util.HashMap<>();
        jdbc.sql("""
                        select p.id, p.full_name, p.birth_year, p.phone, u.name,
                               exists (select 1 from tracing_candidate_confirmation k where k.case_id = :case and k.person_id = p.id)
                          from people_person p left join geo_admin_unit u on u.code = p.commune_code
                         where p.id = any(:ids)""")
                .param("case", caseId).param("ids", people)
                .query((rs, i) -> persons.put(rs.getLong(1), new Object[]{rs.getString(2), rs.getObject(3, Integer.class),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6)})).list();
        Map<Long, String> venueNames = new java.util.HashMap<>();
        jdbc.sql("select id, name from geo_org_unit where id = any(:ids)").param("ids", venues)
                .query((rs, i) -> venueNames.put(rs.getLong(1), rs.getString(2))).list();
        List<Shown> shown = new ArrayList<>();
        for (CandidateQuery.Candidate c : found) {
            Object[] p = persons.getOrDefault(c.personId(), new Object[]{null, null, null, null, false});
            shown.add(new Shown(c.personId(), (String) p[0], (Integer) p[1], (String) p[2], (String) p[3], c.sharedVisits(),
                    Math.round(c.closestSeconds() / 60.0), c.closestVenueId(), venueNames.get(c.closestVenueId()),
                    c.lastExposureAt(), (Boolean) p[4]));
        }
        return shown;
    }

    /**
     * Confirms candidates of a case as contacts in one action (none given: all of them): each must be a
     * candidate now; those confirmed before are left; the rest are recorded, audited and published.
     */
    @Transactional
    Confirmation confirm(long caseId, List<Long> personIds) {
        CaseCandidates list = of(caseId);
        CurrentUser user = access.currentUser();
        if (!user.canCapture(list.tracedCase().location())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "outside your capture scope");
        }
        Map<Long, Shown> byPerson = list.candidates().stream()
                .collect(Collectors.toMap(Shown::personId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Long> chosen = personIds == null || personIds.isEmpty() ? List.copyOf(byPerson.keySet()) : personIds;
        List<CheckinProblem> problems = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            if (chosen.get(i) == null || !byPerson.containsKey(chosen.get(i))) {
                problems.add(CheckinProblem.of("personIds[" + i + "]", "NOT_CANDIDATE"));
            }
        }
        if (byPerson.isEmpty()) {
            problems.add(CheckinProblem.of("personIds", "NO_CANDIDATES"));
        }
        CheckinProblem.Invalid.throwIfAny(problems);
        Set<Long> distinct = new java.util.LinkedHashSet<>(chosen);
        List<Long> added = new ArrayList<>();
        List<Long> before = new ArrayList<>();
        for (long person : distinct) {
            int n = jdbc.sql("""
                            insert into tracing_candidate_confirmation (case_id, person_id, confirmed_by)
                            values (:c, :p, :by) on conflict do nothing""")
                    .param("c", caseId).param("p", person).param("by", user.id()).update();
            (n == 1 ? added : before).add(person);
        }
        if (!added.isEmpty()) {
            Instant now = Instant.now();
            List<ContactCandidatesConfirmed.VenueContact> contacts = added.stream().map(byPerson::get)
                    .map(s -> new ContactCandidatesConfirmed.VenueContact(s.personId(), s.venueId(), s.lastExposureAt(),
                            s.sharedVisits())).toList();
            audit.record(AuditTrail.Action.CREATE, "tracing_candidate_confirmation", caseId, list.tracedCase().location(),
                    "F1 candidates from check-ins confirmed as contacts of case " + caseId, null,
                    Map.of("caseId", caseId, "personIds", added));
            events.publishEvent(new ContactCandidatesConfirmed(caseId, list.tracedCase().personId(),
                    list.tracedCase().location(), contacts, user.id(), user.username(), now));
        }
        return new Confirmation(caseId, added, before);
    }
}
