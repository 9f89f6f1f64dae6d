package org.epiguard.cases.internal;

import org.epiguard.access.Location;
import org.epiguard.cases.CaseStatus;
import org.epiguard.geo.OrgUnit;
import org.epiguard.geo.OrgUnits;
import org.epiguard.testing.PcrPositive;
import org.epiguard.testing.RapidTestPositive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Cases opened by test results. A positive RT-PCR confirms the person's open suspected case or opens
 * a confirmed case; a positive rapid test opens a suspected case (confirmed, when the dated rule of
 * the test's day lets a rapid test confirm) and proposes a containment zone at once: the person's
 * household, or the unit the test named for lockdown. A test seen twice changes nothing; a person
 * has at most one open case.
 * <p>
 * The testing module publishes its events in the transaction that records the result; with single
 * entry that is a Spring transaction, which this work joins. The bulk upload commits its own
 * connection after publishing, so its results queue for one background worker, which waits until
 * the upload has committed and opens each case in a transaction of its own.
 */
@Component
class CaseOpening {

    private static final Logger log = LoggerFactory.getLogger(CaseOpening.class);
    /** A proposed zone's planned length; the commune sets the real one when it confirms the zone. */
    static final int ZONE_DAYS = 14;
    private static final long WAIT_FOR_COMMIT_MS = 10 * 60_000;

    private final CaseRepository cases;
    private final ZoneRepository zones;
    private final RapidTestRules rules;
    private final CaseJournal journal;
    private final OrgUnits units;
    private final RiskAssessor risk;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    CaseOpening(CaseRepository cases, ZoneRepository zones, RapidTestRules rules, CaseJournal journal, OrgUnits units,
                RiskAssessor risk, JdbcClient jdbc, TransactionTemplate tx) {
        this.cases = cases;
        this.zones = zones;
        this.rules = rules;
        this.journal = journal;
        this.units = units;
        this.risk = risk;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @EventListener
    void on(PcrPositive e) {
        run(e.testId(), () -> fromPcr(e));
    }

    @EventListener
    void on(RapidTestPositive e) {
        run(e.testId(), () -> fromRapidTest(e));
    }

    private record Deferred(long testId, Runnable work) {
    }

    /** Work from results of the bulk upload, in arrival order, for the one background worker. */
    private final BlockingQueue<Deferred> deferred = new LinkedBlockingQueue<>();
    private volatile Thread worker;

    private void run(long testId, Runnable work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            work.run();
            return;
        }
        deferred.add(new Deferred(testId, work));
        startWorker();
    }

    private synchronized void startWorker() {
        if (worker == null || !worker.isAlive()) {
            worker = Thread.ofVirtual().name("cases-from-uploaded-results").start(this::drain);
        }
    }

    /** One at a time: waits until the upload that recorded the test has committed, then opens the case. */
    private void drain() {
        Deferred next;
        while ((next = deferred.poll()) != null) {
            long testId = next.testId();
            Runnable work = next.work();
            try {
                if (waitForCommit(testId)) {
                    tx.executeWithoutResult(s -> work.run());
                } else {
                    log.warn("test {} was never committed: no case opened from it", testId);
                }
            } catch (RuntimeException ex) {
                log.error("opening a case from test {} failed", testId, ex);
            }
        }
        synchronized (this) {
            worker = null;
            if (!deferred.isEmpty()) {
                startWorker();
            }
        }
    }

    private boolean waitForCommit(long testId) {
        long until = System.currentTimeMillis() + WAIT_FOR_COMMIT_MS;
        while (System.currentTimeMillis() < until) {
            if (jdbc.sql("select exists (select 1 from testing_test where id = :t)").param("t", testId)
                    .query(Boolean.class).single()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    void fromPcr(PcrPositive e) {
        if (cases.testUsed(e.testId())) {
            return;
        }
        Optional<CaseRow> open = cases.lockOpenCaseOf(e.personId());
        if (open.isPresent()) {
            confirmSuspected(open.get(), e.testId(), e.resultAt(), "RT-PCR");
            return;
        }
        Location where = e.home().withUnit(e.labUnitId());
        var draft = new CaseRepository.NewCase(e.personId(), CaseStatus.CONFIRMED, CaseRow.Origin.PCR, e.testId(),
                e.testId(), null, e.resultAt(), false, false, null, null, where);
        cases.insert(draft, null).ifPresent(id -> {
            journal.created(id, where, "confirmed case of person " + e.personId() + " from RT-PCR test " + e.testId(),
                    fields(draft));
            risk.assess(id);
            journal.confirmed(id, e.personId(), e.resultAt(), where);
        });
    }

    void fromRapidTest(RapidTestPositive e) {
        if (cases.testUsed(e.testId())) {
            return;
        }
        boolean confirms = rules.confirms(CaseFields.dayOf(e.testedAt()));
        Optional<CaseRow> open = cases.lockOpenCaseOf(e.personId());
        long caseId;
        if (open.isPresent()) {
            caseId = open.get().id();
            if (confirms) {
                confirmSuspected(open.get(), e.testId(), e.testedAt(), "rapid test (rule in force)");
            }
        } else {
            Location where = e.home().withUnit(e.testingUnitId());
            var draft = new CaseRepository.NewCase(e.personId(), confirms ? CaseStatus.CONFIRMED : CaseStatus.SUSPECTED,
                    CaseRow.Origin.RAPID_TEST, e.testId(), confirms ? e.testId() : null, e.testedAt(),
                    confirms ? e.testedAt() : null, false, false, null, null, where);
            Optional<Long> id = cases.insert(draft, null);
            if (id.isEmpty()) {
                return;
            }
            caseId = id.get();
            journal.created(caseId, where, (confirms ? "confirmed" : "suspected") + " case of person " + e.personId()
                    + " from rapid test " + e.testId(), fields(draft));
            risk.assess(caseId);
            if (confirms) {
                journal.confirmed(caseId, e.personId(), e.testedAt(), where);
            }
        }
        proposeZone(e, caseId);
    }

    private void confirmSuspected(CaseRow open, long testId, Instant at, String by) {
        if (open.status() != CaseStatus.SUSPECTED) {
            return;
        }
        Instant confirmedAt = at.isBefore(open.suspectedAt()) ? open.suspectedAt() : at;
        cases.moveTo(open.id(), CaseStatus.CONFIRMED, confirmedAt, testId);
        journal.updated(open.id(), open.location(), "suspected case confirmed by " + by + " test " + testId,
                Map.of("status", open.status().name()),
                Map.of("status", CaseStatus.CONFIRMED.name(), "confirmedAt", confirmedAt.toString(), "confirmingTestId", testId));
        risk.assess(open.id());
        journal.confirmed(open.id(), open.personId(), confirmedAt, open.location());
    }

    /** The household, or the unit named for lockdown: joined to a zone that already locks it down, else proposed. */
    private void proposeZone(RapidTestPositive e, long caseId) {
        Optional<OrgUnit> unit = Optional.ofNullable(e.lockdownUnitId()).flatMap(units::find);
        Household home = unit.isPresent() ? null : household(e.personId());
        Long householdId = home == null ? null : home.id();
        Long unitId = unit.map(OrgUnit::id).orElse(null);
        Optional<Long> existing = zones.openZoneOf(householdId, unitId);
        if (existing.isPresent()) {
            zones.link(existing.get(), caseId);
            return;
        }
        ZoneKind kind = unit.map(u -> ZoneKind.ofUnit(u.type())).orElse(ZoneKind.HOUSEHOLD);
        Location where = unit.map(OrgUnit::location).orElse(e.home().withUnit(null));
        LocalDate start = CaseFields.dayOf(e.testedAt());
        String description = unit.map(OrgUnit::name).orElse(home == null ? null : home.address());
        Long village = unit.isPresent() ? null : home == null ? null : home.villageId();
        zones.propose(kind, householdId, unitId, village, description, start, start.plusDays(ZONE_DAYS), e.testId(),
                e.testedAt(), where, null).ifPresent(zoneId -> {
            zones.link(zoneId, caseId);
            Map<String, Object> after = new HashMap<>();
            after.put("kind", kind.name());
            after.put("householdId", householdId);
            after.put("unitId", unitId);
            after.put("caseId", caseId);
            after.put("testId", e.testId());
            journal.zone(org.epiguard.access.AuditTrail.Action.CREATE, zoneId, where,
                    "zone proposed by rapid test " + e.testId(), null, after);
        });
    }

    private record Household(Long id, Long villageId, String address) {
    }

    private Household household(long personId) {
        return jdbc.sql("select household_id, village_id, address_text from people_person where id = :p")
                .param("p", personId)
                .query((rs, i) -> new Household(rs.getObject("household_id", Long.class),
                        rs.getObject("village_id", Long.class), rs.getString("address_text")))
                .optional().orElse(null);
    }

    static Map<String, Object> fields(CaseRepository.NewCase c) {
        Map<String, Object> m = new HashMap<>();
        m.put("personId", c.personId());
        m.put("status", c.status().name());
        m.put("origin", c.origin().name());
        m.put("openingTestId", c.openingTestId());
        m.put("confirmingTestId", c.confirmingTestId());
        m.put("suspectedAt", c.suspectedAt() == null ? null : c.suspectedAt().toString());
        m.put("confirmedAt", c.confirmedAt() == null ? null : c.confirmedAt().toString());
        m.put("imported", c.imported());
        m.put("foundInQuarantine", c.foundInQuarantine());
        m.put("sourceKnown", c.sourceKnown());
        m.put("onsetDate", c.onsetDate() == null ? null : c.onsetDate().toString());
        return m;
    }
}
