package org.epiguard.testing.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.geo.GeoDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pooling samples into one tube: 2 up to the maximum of the dated rule in force on the pool's day
 * for the area's risk; only screening and high-risk-zone samples (symptomatic and F1 samples are
 * never pooled), each in its user's view scope, none pooled or resulted before. The pool belongs to
 * the commune where its first sample was taken and to the pooling unit, which must lie in the
 * user's capture scope (else 403). Written with its audit record in one transaction.
 */
@Service
class PoolEntry {

    static final int MIN_MEMBERS = 2;

    private final AccessContext access;
    private final GeoDirectory geo;
    private final UnitChecks units;
    private final SampleRepository samples;
    private final PoolRepository pools;
    private final TestRepository tests;
    private final PoolRules rules;
    private final AuditTrail audit;

    PoolEntry(AccessContext access, GeoDirectory geo, UnitChecks units, SampleRepository samples, PoolRepository pools,
              TestRepository tests, PoolRules rules, AuditTrail audit) {
        this.access = access;
        this.geo = geo;
        this.units = units;
        this.samples = samples;
        this.pools = pools;
        this.tests = tests;
        this.rules = rules;
        this.audit = audit;
    }

    @Transactional
    PoolRow record(PoolInput input) {
        CurrentUser user = access.currentUser();
        TestingAccess.requireEntry(user);
        List<TestingProblem> problems = new ArrayList<>();
        List<SampleRow> members = members(user, input.sampleBarcodes(), problems);
        Long poolingUnit = input.collectingUnitId() != null ? input.collectingUnitId() : TestingAccess.ownUnit(user);
        if (!members.isEmpty()) {
            access.requireCapture(where(members.getFirst()).withUnit(poolingUnit));
        }
        Optional<String> barcode = Fields.barcode("barcode", input.barcode(), true, problems);
        if (barcode.isPresent() && samples.barcodeTaken(barcode.get())) {
            problems.add(TestingProblem.of("barcode", "BARCODE_TAKEN", barcode.get()));
        }
        Optional<AreaRisk> risk = Fields.choice(AreaRisk.class, "areaRisk", input.areaRisk(), problems);
        Optional<Instant> pooledAt = Fields.pastTime("pooledAt", input.pooledAt(), problems);
        units.visible(user, "collectingUnitId", poolingUnit, problems);
        units.lab("labUnitId", input.labUnitId(), problems);
        pooledAt.flatMap(at -> members.stream().filter(m -> m.collectedAt().isAfter(at)).findFirst())
                .ifPresent(m -> problems.add(TestingProblem.of("pooledAt", "BEFORE_COLLECTION", m.barcode(),
                        Fields.show(m.collectedAt()))));
        int max = 0;
        if (risk.isPresent() && pooledAt.isPresent()) {
            var rule = rules.inForce(risk.get(), Fields.dayOf(pooledAt.get()));
            if (rule.isEmpty()) {
                problems.add(TestingProblem.of("pooledAt", "NO_POOL_RULE", Fields.show(Fields.dayOf(pooledAt.get()))));
            } else {
                max = rule.get().maxMembers();
                int count = input.sampleBarcodes() == null ? 0 : input.sampleBarcodes().size();
                if (count > max) {
                    problems.add(TestingProblem.of("sampleBarcodes", "TOO_MANY", count, max,
                            Fields.show(rule.get().effectiveFrom())));
                }
            }
        }
        InvalidTestingInput.throwIfAny(problems);

        SampleRow first = members.getFirst();
        Long placeUnit = members.stream().allMatch(m -> java.util.Objects.equals(m.placeUnitId(), first.placeUnitId()))
                ? first.placeUnitId() : null;
        Location where = where(first);
        List<Long> ids = members.stream().map(SampleRow::id).toList();
        long id = pools.insert(barcode.orElseThrow(), risk.orElseThrow(), pooledAt.orElseThrow(), max, placeUnit,
                poolingUnit, input.labUnitId(), where, ids, user.id())
                .orElseThrow(() -> InvalidTestingInput.of("barcode", "BARCODE_TAKEN", barcode.get()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("barcode", barcode.get());
        after.put("areaRisk", risk.get().name());
        after.put("pooledAt", pooledAt.get().toString());
        after.put("maxMembers", max);
        after.put("samples", members.stream().map(SampleRow::barcode).toList());
        after.put("collectingUnitId", poolingUnit);
        after.put("labUnitId", input.labUnitId());
        audit.record(AuditTrail.Action.CREATE, "testing_pool", id, where, "pool " + barcode.get() + " of "
                + members.size() + " samples", null, after);
        return pools.byBarcode(barcode.get(), user.viewScope()).orElseThrow();
    }

    /** The commune where a sample was taken, as a location. */
    private Location where(SampleRow sample) {
        return geo.communeLocation(sample.placeCommuneCode()).orElse(sample.home());
    }

    /** The member samples, locked, each checked under its own field ({@code sampleBarcodes[i]}). */
    private List<SampleRow> members(CurrentUser user, List<String> barcodes, List<TestingProblem> problems) {
        if (barcodes == null || barcodes.isEmpty()) {
            problems.add(TestingProblem.of("sampleBarcodes", "REQUIRED"));
            return List.of();
        }
        if (barcodes.size() < MIN_MEMBERS) {
            problems.add(TestingProblem.of("sampleBarcodes", "TOO_FEW", MIN_MEMBERS));
        }
        List<SampleRow> members = new ArrayList<>();
        BarcodeList.check("sampleBarcodes", barcodes, problems, (field, code) -> {
            Optional<SampleRow> sample = samples.lockByBarcode(code, user.viewScope());
            if (sample.isEmpty()) {
                problems.add(TestingProblem.of(field, "UNKNOWN_SAMPLE", code));
            } else if (!sample.get().priority().poolable()) {
                problems.add(TestingProblem.of(field, "NEVER_POOLED", code, sample.get().priority().name()));
            } else if (sample.get().poolBarcode() != null) {
                problems.add(TestingProblem.of(field, "ALREADY_POOLED", code, sample.get().poolBarcode()));
            } else if (tests.hasResult(sample.get().id())) {
                problems.add(TestingProblem.of(field, "ALREADY_RESULTED", code));
            } else {
                members.add(sample.get());
            }
        });
        return members;
    }
}
