package org.epiguard.situation.internal;

import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.isolation.TreatmentCapacity;
import org.epiguard.isolation.TreatmentCapacity.CommuneCapacity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The levels' clinical inputs from the isolation module ({@link TreatmentCapacity}), read in bulk: the
 * first unit of a province asked for on a date loads the figures of all the province's communes (two SQL
 * reads) and sums them into its districts and the province; the other units of the recompute are answered
 * from memory. The figures live as long as the recompute's transaction (outside one: a few seconds).
 * <ul>
 *   <li>cases on oxygen: the F0 of the unit treated in tier 2 or 3 (the tiers that give oxygen) at some
 *       time in the 7 days; known in a province that records treatment places, else unknown;</li>
 *   <li>free COVID beds (218) and treatment capacity (4800): met while the unit's treatment places have a
 *       bed free on the date, not met when all are taken; unknown in a unit without a treatment place;</li>
 *   <li>commune care (218): the same on the unit's tier-1 beds (health stations, field hospitals);</li>
 *   <li>staffed ICU beds (218): met when the district's or province's treatment places have an ICU bed,
 *       not met when they have none; unknown for a commune and where there is no treatment place.</li>
 * </ul>
 * The rule sets carry no number of beds or ICU beds per 100,000 to compare with, so "met" is "at least
 * one", as stated here and in the README; staffing is not recorded.
 */
@Component
class PlanClinicalInputs implements ClinicalInputs {

    private static final long OUTSIDE_TRANSACTION_MILLIS = 3_000;

    private final TreatmentCapacity capacity;
    private final GeoDirectory geo;
    private final Map<String, Snapshot> outside = new ConcurrentHashMap<>();

    PlanClinicalInputs(TreatmentCapacity capacity, GeoDirectory geo) {
        this.capacity = capacity;
        this.geo = geo;
    }

    /** A province's figures on a date: each commune, district and the province by code. */
    record Snapshot(Map<String, CommuneCapacity> units, boolean recordsTreatment, long loadedAt) {
    }

    @Override
    public Clinical of(String unitCode, LocalDate date) {
        AdminUnit unit = geo.unit(unitCode).orElse(null);
        if (unit == null) {
            return Clinical.UNKNOWN;
        }
        String province = unit.level() == AdminLevel.PROVINCE ? unit.code() : unit.provinceCode();
        Snapshot s = snapshot(province, date);
        return clinical(unit.level(), s.units().get(unit.code()), s.recordsTreatment());
    }

    /** The inputs of a unit from its figures (null: none recorded there). */
    static Clinical clinical(AdminLevel level, CommuneCapacity c, boolean recordsTreatment) {
        Long oxygen = recordsTreatment ? (c == null ? 0L : c.higherTierCasesInWeek()) : null;
        if (c == null || c.treatmentPlaces() == 0) {
            return new Clinical(oxygen, null, null, null, null);
        }
        Boolean beds = c.beds() == 0 ? null : c.freeBeds() > 0;
        Boolean care = c.tier1Beds() == 0 ? null : c.freeTier1Beds() > 0;
        Boolean icu = level == AdminLevel.COMMUNE ? null : c.icuBeds() > 0;
        return new Clinical(oxygen, beds, care, beds, icu);
    }

    private Snapshot snapshot(String province, LocalDate date) {
        String key = province + "@" + date;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            @SuppressWarnings("unchecked")
            Map<String, Snapshot> bound = (Map<String, Snapshot>) TransactionSynchronizationManager.getResource(this);
            if (bound == null) {
                Map<String, Snapshot> fresh = new HashMap<>();
                TransactionSynchronizationManager.bindResource(this, fresh);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        TransactionSynchronizationManager.unbindResourceIfPossible(PlanClinicalInputs.this);
                    }
                });
                bound = fresh;
            }
            return bound.computeIfAbsent(key, k -> load(province, date));
        }
        long now = System.currentTimeMillis();
        if (outside.size() > 256) {
            outside.clear();
        }
        return outside.compute(key, (k, old) -> old != null && now - old.loadedAt() < OUTSIDE_TRANSACTION_MILLIS
                ? old : load(province, date));
    }

    private Snapshot load(String province, LocalDate date) {
        Map<String, CommuneCapacity> units = new HashMap<>();
        boolean treatment = false;
        for (CommuneCapacity c : capacity.perCommune(province, date)) {
            treatment |= c.treatmentPlaces() > 0;
            for (String unit : new String[]{c.communeCode(), c.districtCode(), c.provinceCode()}) {
                if (unit != null) {
                    units.merge(unit, c, CommuneCapacity::plus);
                }
            }
        }
        return new Snapshot(units, treatment, System.currentTimeMillis());
    }
}
