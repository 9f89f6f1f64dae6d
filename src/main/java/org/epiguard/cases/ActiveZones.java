package org.epiguard.cases;

import org.epiguard.access.Scope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The containment zones in force at an instant (confirmed by the commune, not yet lifted), for the
 * situation map: how many per commune and the zones themselves, inside a province, district or commune
 * and only inside the reader's view scope (filtered in SQL), so a reader never learns of zones elsewhere.
 */
public interface ActiveZones {

    /**
     * Zones active at {@code at} in the unit (GSO code of a province, district or commune) that lie in
     * {@code viewScope}; the list holds at most {@code limit} zones, newest first (the counts hold all).
     */
    InForce within(Scope viewScope, String unitCode, Instant at, int limit);

    /** Per commune counts (communes with at least one zone) and the zones listed. */
    record InForce(List<CommuneCount> perCommune, int total, List<Zone> zones) {
    }

    record CommuneCount(String districtCode, String communeCode, int zones) {
    }

    /**
     * A zone: kind (HOUSEHOLD, BUILDING, VENUE, VILLAGE, COMMUNE), the place named (unit, village or the
     * commune's description; may be empty for a household), its commune, start, planned end, and the cases
     * that caused it.
     */
    record Zone(long id, String kind, String place, String districtCode, String communeCode, LocalDate startsOn,
                LocalDate plannedEnd, List<Long> caseIds) {
    }
}
