package org.epiguard.cases.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.geo.Village;
import org.epiguard.geo.Villages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The commune's decisions on containment zones: it confirms a proposed zone (ACTIVE), adjusting its
 * kind (a household can widen to its village or the whole commune), its village, description and
 * dates, and later lifts an active zone. Audited; 404 outside the view scope, 403 outside the capture scope.
 */
@Service
class ZoneEntry {

    record ConfirmInput(String kind, Long villageId, String description, String startsOn, String plannedEnd) {
    }

    record LiftInput(String at) {
    }

    private final AccessContext access;
    private final ZoneRepository zones;
    private final Villages villages;
    private final CaseJournal journal;

    ZoneEntry(AccessContext access, ZoneRepository zones, Villages villages, CaseJournal journal) {
        this.access = access;
        this.zones = zones;
        this.villages = villages;
        this.journal = journal;
    }

    @Transactional
    void confirm(long id, ConfirmInput input) {
        ZoneRow z = lockForDecision(id);
        List<CaseProblem> problems = new ArrayList<>();
        if (z.status() != ZoneStatus.PROPOSED) {
            problems.add(CaseProblem.of("status", "NOT_PROPOSED", z.status().name()));
        }
        ZoneKind kind = input.kind() == null || input.kind().isBlank() ? z.kind()
                : CaseFields.choice(ZoneKind.class, "kind", input.kind(), problems).orElse(z.kind());
        Long villageId = input.villageId() != null ? input.villageId() : z.villageId();
        if (kind == ZoneKind.HOUSEHOLD && z.householdId() == null && z.description() == null) {
            problems.add(CaseProblem.of("kind", "NO_HOUSEHOLD"));
        }
        if ((kind == ZoneKind.BUILDING || kind == ZoneKind.VENUE) && z.unitId() == null) {
            problems.add(CaseProblem.of("kind", "NO_UNIT"));
        }
        if (kind == ZoneKind.VILLAGE) {
            Optional<Village> village = villageId == null ? Optional.empty() : villages.find(villageId);
            if (village.isEmpty() || !village.get().communeCode().equals(z.location().communeCode())) {
                problems.add(CaseProblem.of("villageId", villageId == null ? "REQUIRED" : "NOT_IN_COMMUNE"));
            }
        }
        LocalDate start = date("startsOn", input.startsOn(), z.startsOn(), problems);
        LocalDate end = date("plannedEnd", input.plannedEnd(), z.plannedEnd(), problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(CaseProblem.of("plannedEnd", "BEFORE_START", CaseFields.show(start)));
        }
        InvalidCaseInput.throwIfAny(problems);
        String description = InvestigationEntry.blankToNull(input.description()) != null
                ? input.description().strip() : z.description();
        Instant now = Instant.now();
        zones.activate(id, kind, villageId, description, start, end, now);
        Map<String, Object> after = fields(kind, villageId, description, start, end);
        after.put("status", ZoneStatus.ACTIVE.name());
        Map<String, Object> before = fields(z.kind(), z.villageId(), z.description(), z.startsOn(), z.plannedEnd());
        before.put("status", z.status().name());
        journal.zone(AuditTrail.Action.UPDATE, id, z.location(), "zone " + id + " confirmed", before, after);
    }

    @Transactional
    void lift(long id, LiftInput input) {
        ZoneRow z = lockForDecision(id);
        List<CaseProblem> problems = new ArrayList<>();
        if (z.status() != ZoneStatus.ACTIVE) {
            problems.add(CaseProblem.of("status", "NOT_ACTIVE", z.status().name()));
        }
        Optional<Instant> at = CaseFields.pastTime("at", input.at(), true, problems);
        if (at.isPresent() && z.activatedAt() != null && at.get().isBefore(z.activatedAt())) {
            problems.add(CaseProblem.of("at", "BEFORE_STEP", CaseFields.show(z.activatedAt())));
        }
        InvalidCaseInput.throwIfAny(problems);
        zones.lift(id, at.orElseThrow());
        journal.zone(AuditTrail.Action.UPDATE, id, z.location(), "zone " + id + " lifted",
                Map.of("status", z.status().name()), Map.of("status", ZoneStatus.LIFTED.name(), "liftedAt", at.get().toString()));
    }

    private ZoneRow lockForDecision(long id) {
        CurrentUser user = access.currentUser();
        CasesAccess.require(CasesAccess.COMMUNE, user);
        ZoneRow z = zones.lock(id, user.viewScope()).orElseThrow(CasesAccess::notFound);
        access.requireCapture(z.location());
        return z;
    }

    private static LocalDate date(String field, String text, LocalDate current, List<CaseProblem> problems) {
        if (text == null || text.isBlank()) {
            return current;
        }
        Optional<Instant> t = CaseFields.parseTime(text);
        if (t.isEmpty()) {
            problems.add(CaseProblem.of(field, "BAD_DATE", text));
            return null;
        }
        return CaseFields.dayOf(t.get());
    }

    private static Map<String, Object> fields(ZoneKind kind, Long villageId, String description, LocalDate start,
                                              LocalDate end) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", kind.name());
        m.put("villageId", villageId);
        m.put("description", description);
        m.put("startsOn", start == null ? null : start.toString());
        m.put("plannedEnd", end == null ? null : end.toString());
        return m;
    }
}
