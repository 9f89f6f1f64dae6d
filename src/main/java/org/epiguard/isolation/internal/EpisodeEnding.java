package org.epiguard.isolation.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Ends episodes: by release (its required tests negative; also in bulk for all who qualify on a day), by
 * conversion (the person became a confirmed case: the quarantine ends and an isolation starts), by transfer
 * (to another facility or a treatment place, keeping the terms) or by death. Each inside the user's scopes
 * and audited.
 */
@Service
class EpisodeEnding {

    private final AccessContext access;
    private final EpisodeRepository episodes;
    private final EpisodeOpening opening;
    private final TestRecord tests;
    private final PlaceRoom places;
    private final ConfirmedCases cases;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    EpisodeEnding(AccessContext access, EpisodeRepository episodes, EpisodeOpening opening, TestRecord tests,
                  PlaceRoom places, ConfirmedCases cases, JdbcClient jdbc, AuditTrail audit) {
        this.access = access;
        this.episodes = episodes;
        this.opening = opening;
        this.tests = tests;
        this.places = places;
        this.cases = cases;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    record EndInput(String on, String note, String place, Long placeUnitId, Long alertId) {
    }

    @Transactional
    Episode release(long id, EndInput in) {
        Episode e = changeable(id);
        List<IsolationProblem> problems = new ArrayList<>();
        LocalDate on = endDate(e, in, problems);
        InvalidIsolationInput.throwIfAny(problems);
        InvalidIsolationInput.throwIfAny(tests.releaseProblems(e, on, access.currentUser().viewScope()));
        return end(e, EpisodeStatus.RELEASED, on, in.note(), "released");
    }

    /** Who qualifies for release on the date inside the user's capture and view scopes. */
    List<Episode> dueForRelease(LocalDate on, String communeCode) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.READ, user);
        List<Episode> candidates = jdbc.sql(EpisodeRepository.SELECT + " where " + TestRecord.DUE_SQL + " and "
                        + user.viewScope().sql("e", "place_unit_id")
                        + (communeCode == null ? "" : " and e.commune_code = :commune")
                        + " order by e.commune_code, p.full_name, e.id")
                .param("on", Date.valueOf(on)).param("scopeKey", user.viewScope().key()).param("commune", communeCode)
                .query(EpisodeRepository::map).list();
        return tests.qualifying(candidates, on, user.viewScope());
    }

    /** Releases everyone who qualifies on the date inside the user's scopes (of one commune when given). */
    @Transactional
    List<Episode> releaseAll(String onText, String communeCode) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.EPISODES, user);
        LocalDate on = IsolationDates.orToday("on", onText);
        List<Episode> released = new ArrayList<>();
        for (Episode e : dueForRelease(on, communeCode)) {
            if (user.canCapture(e.location())) {
                episodes.lock(e.id());
                Episode now = episodes.get(e.id());
                if (tests.releaseProblems(now, on, user.viewScope()).isEmpty() && !on.isBefore(now.admittedOn())) {
                    released.add(end(now, EpisodeStatus.RELEASED, on, "bulk release", "released in bulk"));
                }
            }
        }
        return released;
    }

    /** The quarantined person became a confirmed case: the quarantine ends and the isolation by the rule of that day starts. */
    @Transactional
    Episode convert(long id, EndInput in) {
        Episode e = changeable(id);
        List<IsolationProblem> problems = new ArrayList<>();
        LocalDate on = endDate(e, in, problems);
        if (!e.kind().isQuarantine()) {
            problems.add(IsolationProblem.of("id", "ALREADY_A_CASE"));
        }
        if (cases.openConfirmedCaseOf(e.personId()).isEmpty()) {
            problems.add(IsolationProblem.of("caseId", "NO_CONFIRMED_CASE"));
        }
        Place place = in.place() == null || in.place().isBlank() ? null
                : Fields.enumValue("place", in.place(), Place.class, problems);
        InvalidIsolationInput.throwIfAny(problems);
        end(e, EpisodeStatus.CONVERTED, on, in.note(), "converted to a case");
        return opening.insert(e.personId(), EpisodeKind.CASE_ISOLATION, on, on, place, in.placeUnitId(),
                e.location(), access.currentUser(), problems);
    }

    /** Moves the person to another place (a facility, a treatment place, home): the terms stay, the bed is taken. */
    @Transactional
    Episode transfer(long id, EndInput in) {
        Episode e = changeable(id);
        List<IsolationProblem> problems = new ArrayList<>();
        LocalDate on = endDate(e, in, problems);
        Place place = Fields.enumValue("place", in.place(), Place.class, problems);
        if (in.alertId() != null && jdbc.sql("""
                        select count(*) from isolation_alert where id = :a and episode_id = :e and status = 'OPEN'""")
                .param("a", in.alertId()).param("e", id).query(Long.class).single() == 0) {
            problems.add(IsolationProblem.of("alertId", "NO_OPEN_ALERT", in.alertId()));
        }
        InvalidIsolationInput.throwIfAny(problems);
        if (place == e.place() && java.util.Objects.equals(in.placeUnitId(), e.placeUnitId())) {
            throw InvalidIsolationInput.of("placeUnitId", "SAME_PLACE");
        }
        PlaceRoom.Placement placement = places.check(place, in.placeUnitId(), problems);
        InvalidIsolationInput.throwIfAny(problems);
        end(e, EpisodeStatus.TRANSFERRED, on, in.note(), "transferred");
        long next = episodes.insert(EpisodeRepository.NewEpisode.moved(e, placement.place(), placement.unitId(),
                placement.tier(), on), access.currentUser().id());
        Episode moved = episodes.get(next);
        audit.record(AuditTrail.Action.CREATE, "isolation_episode", next, moved.location(),
                "episode " + id + " transferred to " + placement.place()
                        + (placement.unit() == null ? "" : " " + placement.unit().name()), null, EpisodeOpening.terms(moved));
        if (in.alertId() != null) {
            jdbc.sql("""
                            update isolation_alert set status = 'TRANSFERRED', transfer_episode_id = :next, closed_at = now()
                             where id = :a""")
                    .param("next", next).param("a", in.alertId()).update();
        }
        return moved;
    }

    @Transactional
    Episode death(long id, EndInput in) {
        Episode e = changeable(id);
        List<IsolationProblem> problems = new ArrayList<>();
        LocalDate on = endDate(e, in, problems);
        InvalidIsolationInput.throwIfAny(problems);
        return end(e, EpisodeStatus.DIED, on, in.note(), "died");
    }

    private Episode changeable(long id) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.EPISODES, user);
        Scope view = user.viewScope();
        Episode e = episodes.find(view, id).orElseThrow(IsolationAccess::notFound);
        access.requireCapture(e.location());
        episodes.lock(id);
        Episode now = episodes.get(id);
        if (!now.running()) {
            throw InvalidIsolationInput.of("id", "NOT_RUNNING");
        }
        return now;
    }

    private static LocalDate endDate(Episode e, EndInput in, List<IsolationProblem> problems) {
        LocalDate on = IsolationDates.required("on", in.on(), true, problems);
        if (on != null && on.isBefore(e.admittedOn())) {
            problems.add(IsolationProblem.of("on", "BEFORE_ADMISSION", IsolationDates.show(e.admittedOn())));
        }
        Fields.note("note", in.note(), problems);
        return on;
    }

    private Episode end(Episode e, EpisodeStatus status, LocalDate on, String note, String what) {
        episodes.end(e.id(), status, on, note == null || note.isBlank() ? null : note.strip());
        Episode after = episodes.get(e.id());
        audit.record(AuditTrail.Action.UPDATE, "isolation_episode", e.id(), e.location(),
                "episode of person " + e.personId() + " " + what + " on " + IsolationDates.show(on),
                EpisodeOpening.terms(e), EpisodeOpening.terms(after));
        return after;
    }
}
