package org.epiguard.isolation;

import java.time.LocalDate;
import java.util.List;

/**
 * What the isolation module knows of the capacity to isolate and treat F0, as aggregates without names,
 * for the situation module (epidemic levels' clinical inputs, planning for N F0) and any other reader.
 * The caller decides who may see the figures. Capacities are as recorded now (treatment places and
 * facility places keep no history); occupancy and cases are counted on the date asked.
 */
public interface TreatmentCapacity {

    /**
     * Every commune of a province ({@code provinceCode} null: the whole country) where a quarantine
     * facility or a treatment place lies or where an F0 lives whose isolation episode ran in the 7 days
     * ending on {@code on}; two SQL reads in all. Places count where the place is; cases where the
     * person lives (the episode's commune).
     */
    List<CommuneCapacity> perCommune(String provinceCode, LocalDate on);

    /**
     * The F0 and F1 whose isolation or quarantine (a chain of transfers counted once) started from
     * {@code from} to {@code to} in a province, district or commune (GSO code): where they were treated
     * and how long, the ratios a plan for N F0 is built on.
     */
    CaseMix caseMix(String unitCode, LocalDate from, LocalDate to);

    /**
     * One commune's figures. Places: quarantine facilities' places and the F0/F1 placed there on the
     * date; treatment places' beds by tier (1 mild, 2 moderate with oxygen, 3 severe and ICU), of which
     * with oxygen and ICU, and the episodes placed there on the date (by tier). Cases: F0 isolation
     * episodes of people of the commune running on the date, and those that were treated in tier 2 or 3
     * at some time in the 7 days ending on the date (the F0 needing oxygen: the tiers that give it).
     */
    record CommuneCapacity(String provinceCode, String districtCode, String communeCode,
                           long facilityPlaces, long facilityOccupied,
                           long treatmentPlaces, long tier1Beds, long tier2Beds, long tier3Beds,
                           long tier1Occupied, long tier2Occupied, long tier3Occupied, long oxygenBeds, long icuBeds,
                           long activeCases, long higherTierCasesInWeek) {

        public long beds() {
            return tier1Beds + tier2Beds + tier3Beds;
        }

        public long bedsOccupied() {
            return tier1Occupied + tier2Occupied + tier3Occupied;
        }

        /** Beds not taken on the date (never below 0). */
        public long freeBeds() {
            return Math.max(0, beds() - bedsOccupied());
        }

        public long freeTier1Beds() {
            return Math.max(0, tier1Beds - tier1Occupied);
        }

        /** The sum of two communes' figures under the codes of this one (for a district or province total). */
        public CommuneCapacity plus(CommuneCapacity o) {
            return new CommuneCapacity(provinceCode, districtCode, communeCode,
                    facilityPlaces + o.facilityPlaces, facilityOccupied + o.facilityOccupied,
                    treatmentPlaces + o.treatmentPlaces, tier1Beds + o.tier1Beds, tier2Beds + o.tier2Beds,
                    tier3Beds + o.tier3Beds, tier1Occupied + o.tier1Occupied, tier2Occupied + o.tier2Occupied,
                    tier3Occupied + o.tier3Occupied, oxygenBeds + o.oxygenBeds, icuBeds + o.icuBeds,
                    activeCases + o.activeCases, higherTierCasesInWeek + o.higherTierCasesInWeek);
        }

        public static CommuneCapacity empty(String provinceCode, String districtCode, String communeCode) {
            return new CommuneCapacity(provinceCode, districtCode, communeCode, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    /**
     * F0 (case isolation chains) by where they were treated — at home or in lodging, in a quarantine
     * facility, or in a treatment place of tier 1, 2 or 3 (the highest tier of the chain) —, those ended
     * (released, died or converted) with their mean stay in days (end − start), and F1 (contact quarantine
     * chains) of which placed in a facility.
     */
    record CaseMix(long cases, long atHome, long inFacility, long tier1, long tier2, long tier3,
                   long ended, Double meanStayDays, long contacts, long contactsInFacility) {
    }
}
