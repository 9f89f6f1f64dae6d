package org.epiguard.testing.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.testing.PcrPositive;
import org.epiguard.testing.RapidTestPositive;
import org.epiguard.testing.ResultsRecorded;
import org.epiguard.testing.TestKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recording a result, with what it sets off, all in one transaction with its audit records:
 * <ul>
 *   <li>a positive pool orders an individual retest of every member (suspected until their own
 *   RT-PCR result arrives); a negative pool gives every member a negative result dated as the pool's;</li>
 *   <li>an RT-PCR result of a person's own sample closes their open retest orders;</li>
 *   <li>a positive rapid test raises an alert for the person's commune and district with the proposal
 *   to lock down the household (or the unit where the test was done) and publishes
 *   {@link RapidTestPositive}; a positive RT-PCR of one sample publishes {@link PcrPositive}.</li>
 * </ul>
 * The sample or pool must be in the user's view scope (else 404), the result (at the sample's
 * location with the testing unit) in their capture scope (else 403).
 */
@Service
class ResultEntry {

    static final BigDecimal MAX_CT = new BigDecimal("50");

    private final AccessContext access;
    private final UnitChecks units;
    private final SampleRepository samples;
    private final PoolRepository pools;
    private final TestRepository tests;
    private final RetestOrders retests;
    private final Alerts alerts;
    private final SampleEntry sampleEntry;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ResultEntry(AccessContext access, UnitChecks units, SampleRepository samples, PoolRepository pools,
                TestRepository tests, RetestOrders retests, Alerts alerts, SampleEntry sampleEntry, AuditTrail audit,
                ApplicationEventPublisher events) {
        this.access = access;
        this.units = units;
        this.samples = samples;
        this.pools = pools;
        this.tests = tests;
        this.retests = retests;
        this.alerts = alerts;
        this.sampleEntry = sampleEntry;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    TestRow record(ResultInput input) {
        CurrentUser user = access.currentUser();
        TestingAccess.requireEntry(user);
        List<TestingProblem> problems = new ArrayList<>();
        TestKind kind = Fields.choice(TestKind.class, "kind", input.kind(), problems)
                .orElseThrow(() -> new InvalidTestingInput(problems));
        if (kind == TestKind.PCR_POOL) {
            String barcode = Fields.barcode("poolBarcode", input.poolBarcode(), true, problems)
                    .orElseThrow(() -> new InvalidTestingInput(problems));
            PoolRow pool = pools.lockByBarcode(barcode, user.viewScope())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            return recordOnPool(user, pool, input);
        }
        String barcode = Fields.barcode("sampleBarcode", input.sampleBarcode(), true, problems)
                .orElseThrow(() -> new InvalidTestingInput(problems));
        SampleRow sample = samples.lockByBarcode(barcode, user.viewScope())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Long unitId = testingUnit(user, input.unitId(), kind.pcr() ? sample.labUnitId() : sample.collectingUnitId());
        access.requireCapture(sample.captureLocation(unitId));
        Optional<Outcome> outcome = Fields.choice(Outcome.class, "outcome", input.outcome(), problems);
        Checked checked = check(kind, unitId, input.ctValue(), input.resultAt(), sample.collectedAt(), problems);
        if (tests.hasResult(sample.id())) {
            problems.add(TestingProblem.of("sampleBarcode", "ALREADY_RESULTED", barcode));
        }
        InvalidTestingInput.throwIfAny(problems);
        return onSample(user, sample, kind, outcome.orElseThrow(), checked.ct(), checked.resultAt(), unitId);
    }

    /** A rapid test in one step: its sample (barcode optional), then its result at the same time. */
    @Transactional
    TestRow recordRapid(RapidTestInput input) {
        CurrentUser user = access.currentUser();
        TestingAccess.requireEntry(user);
        List<TestingProblem> problems = new ArrayList<>();
        Optional<TestKind> kind = Fields.choice(TestKind.class, "kind", input.kind(), problems);
        if (kind.isPresent() && !kind.get().rapid()) {
            problems.add(TestingProblem.of("kind", "NOT_RAPID", kind.get().name()));
        }
        Optional<Outcome> outcome = Fields.choice(Outcome.class, "outcome", input.outcome(), problems);
        SampleRow sample;
        try {
            sample = sampleEntry.record(new SampleInput(input.barcode(), input.personId(), input.priority(),
                    input.testedAt(), input.placeCommuneCode(), input.placeUnitId(), input.unitId(), null,
                    input.campaignId()), false, problems);
        } catch (InvalidTestingInput e) {
            throw new InvalidTestingInput(e.problems().stream().map(ResultEntry::asRapidField).toList());
        }
        Long unitId = sample.collectingUnitId();
        return onSample(user, sample, kind.orElseThrow(), outcome.orElseThrow(), null, sample.collectedAt(), unitId);
    }

    /** A problem of the sample under the name the rapid test's input gives the field. */
    private static TestingProblem asRapidField(TestingProblem p) {
        String field = switch (p.field()) {
            case "collectedAt" -> "testedAt";
            case "collectingUnitId" -> "unitId";
            default -> p.field();
        };
        return new TestingProblem(field, p.code(), p.args());
    }

    private record Checked(BigDecimal ct, Instant resultAt) {
    }

    private Long testingUnit(CurrentUser user, Long entered, Long fallback) {
        if (entered != null) {
            return entered;
        }
        Long own = TestingAccess.ownUnit(user);
        return own != null ? own : fallback;
    }

    private Checked check(TestKind kind, Long unitId, String ctText, String resultAtText, Instant notBefore,
                          List<TestingProblem> problems) {
        if (unitId == null && kind.pcr()) {
            problems.add(TestingProblem.of("unitId", "REQUIRED"));
        }
        units.existing("unitId", unitId, problems);
        BigDecimal ct = null;
        if (ctText != null && !ctText.isBlank()) {
            if (!kind.pcr()) {
                problems.add(TestingProblem.of("ctValue", "CT_ONLY_PCR"));
            } else {
                try {
                    ct = new BigDecimal(ctText.strip().replace(',', '.'));
                    if (ct.signum() < 0 || ct.compareTo(MAX_CT) > 0 || ct.scale() > 1) {
                        problems.add(TestingProblem.of("ctValue", "CT_RANGE", MAX_CT));
                    }
                } catch (NumberFormatException e) {
                    problems.add(TestingProblem.of("ctValue", "BAD_NUMBER", ctText));
                }
            }
        }
        Optional<Instant> resultAt = Fields.pastTime("resultAt", resultAtText, problems);
        if (resultAt.isPresent() && resultAt.get().isBefore(notBefore)) {
            problems.add(TestingProblem.of("resultAt", "BEFORE_COLLECTION", Fields.show(notBefore)));
        }
        return new Checked(ct, resultAt.orElse(null));
    }

    private TestRow onSample(CurrentUser user, SampleRow sample, TestKind kind, Outcome outcome, BigDecimal ct,
                             Instant resultAt, Long unitId) {
        TestDraft draft = new TestDraft(kind, sample.id(), null, null, sample.personId(), outcome, ct, resultAt, unitId,
                sample.collectingUnitId(), sample.placeUnitId(), sample.home());
        long id = tests.insert(draft, user.id());
        audit.record(AuditTrail.Action.CREATE, "testing_test", id, sample.home(),
                kind + " " + outcome + " for person " + sample.personId(), null, draft.auditFields());
        if (kind == TestKind.PCR_SINGLE && outcome != Outcome.INVALID) {
            retests.resolve(sample.personId(), id, sample.collectedAt());
        }
        if (outcome == Outcome.POSITIVE && kind.rapid()) {
            Long lockdownUnit = lockdownUnit(sample, unitId);
            alerts.raise(id, sample, kind, resultAt, unitId, lockdownUnit);
            events.publishEvent(new RapidTestPositive(id, sample.personId(), sample.id(), kind, resultAt, sample.home(),
                    sample.placeCommuneCode(), sample.placeUnitId(), unitId, lockdownUnit));
        } else if (outcome == Outcome.POSITIVE && kind == TestKind.PCR_SINGLE) {
            events.publishEvent(new PcrPositive(id, sample.personId(), sample.id(), resultAt, ct, sample.home(),
                    sample.placeCommuneCode(), sample.placeUnitId(), unitId));
        }
        recorded(sample.home(), resultAt, 1);
        return tests.ofSample(sample.id()).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    /** The unit where the test was done, unless it is a health unit (then the household is locked down). */
    private Long lockdownUnit(SampleRow sample, Long testingUnit) {
        Long where = sample.placeUnitId() != null ? sample.placeUnitId()
                : sample.collectingUnitId() != null ? sample.collectingUnitId() : testingUnit;
        return units.find(where).filter(u -> !UnitChecks.HEALTH_UNITS.contains(u.type())).map(u -> u.id()).orElse(null);
    }

    private TestRow recordOnPool(CurrentUser user, PoolRow pool, ResultInput input) {
        List<TestingProblem> problems = new ArrayList<>();
        Long unitId = testingUnit(user, input.unitId(), pool.labUnitId());
        access.requireCapture(pool.location().withUnit(unitId));
        Optional<Outcome> outcome = Fields.choice(Outcome.class, "outcome", input.outcome(), problems);
        Checked checked = check(TestKind.PCR_POOL, unitId, input.ctValue(), input.resultAt(), pool.pooledAt(), problems);
        if (tests.poolHasResult(pool.id())) {
            problems.add(TestingProblem.of("poolBarcode", "ALREADY_RESULTED", pool.barcode()));
        }
        InvalidTestingInput.throwIfAny(problems);
        TestDraft draft = new TestDraft(TestKind.PCR_POOL, null, pool.id(), null, null, outcome.orElseThrow(), checked.ct(),
                checked.resultAt(), unitId, pool.collectingUnitId(), pool.placeUnitId(), pool.location());
        long id = tests.insert(draft, user.id());
        audit.record(AuditTrail.Action.CREATE, "testing_test", id, pool.location(),
                "pool " + pool.barcode() + " " + draft.outcome(), null, draft.auditFields());
        List<SampleRow> members = samples.membersOf(pool.id());
        if (draft.outcome() == Outcome.POSITIVE) {
            members.forEach(m -> orderRetest(id, pool, m, draft.resultAt()));
        } else if (draft.outcome() == Outcome.NEGATIVE) {
            members.forEach(m -> memberNegative(user, id, pool, m, draft));
        }
        recorded(pool.location(), draft.resultAt(), draft.outcome() == Outcome.NEGATIVE ? 1 + members.size() : 1);
        return tests.ofPool(pool.id()).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    private void orderRetest(long poolTestId, PoolRow pool, SampleRow member, Instant orderedAt) {
        long order = retests.order(poolTestId, pool.id(), member, orderedAt);
        audit.record(AuditTrail.Action.CREATE, "testing_retest_order", order, member.home(),
                "retest of person " + member.personId() + " ordered by positive pool " + pool.barcode(), null,
                java.util.Map.of("personId", member.personId(), "sampleId", member.id(), "poolId", pool.id(),
                        "poolTestId", poolTestId));
    }

    private void memberNegative(CurrentUser user, long poolTestId, PoolRow pool, SampleRow member, TestDraft poolResult) {
        Location where = member.home();
        TestDraft draft = new TestDraft(TestKind.PCR_POOL, member.id(), pool.id(), poolTestId, member.personId(),
                Outcome.NEGATIVE, null, poolResult.resultAt(), poolResult.unitId(), member.collectingUnitId(),
                member.placeUnitId(), where);
        long id = tests.insert(draft, user.id());
        audit.record(AuditTrail.Action.CREATE, "testing_test", id, where,
                "negative from pool " + pool.barcode() + " for person " + member.personId(), null, draft.auditFields());
        retests.resolve(member.personId(), id, member.collectedAt());
    }

    /** Tells whoever keeps figures over results (after the commit, to transactional listeners). */
    private void recorded(Location where, Instant resultAt, long count) {
        if (where != null && where.provinceCode() != null && resultAt != null) {
            var day = resultAt.atZone(ResultsRecorded.DAY_ZONE).toLocalDate();
            events.publishEvent(new ResultsRecorded(Set.of(where.provinceCode()), day, day, count));
        }
    }
}
