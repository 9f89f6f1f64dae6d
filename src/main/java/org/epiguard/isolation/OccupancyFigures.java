package org.epiguard.isolation;

import java.util.List;

/**
 * Places and beds of a province now, per commune where the facility or treatment place lies, for the
 * situation dashboard (aggregates, no names): the active quarantine facilities' capacity and the running
 * episodes placed there, and the treatment places' beds by tier 1/2/3 with the running episodes placed
 * there. A commune without facility or treatment place is not listed.
 */
public interface OccupancyFigures {

    List<CommunePlaces> now(String provinceCode);

    record CommunePlaces(String communeCode, long quarantineCapacity, long quarantineOccupied,
                         long[] beds, long[] bedsOccupied) {

        /** Beds of tier 1, 2 or 3. */
        public long beds(int tier) {
            return beds[tier - 1];
        }

        public long bedsOccupied(int tier) {
            return bedsOccupied[tier - 1];
        }
    }
}
