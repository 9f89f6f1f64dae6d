package org.epiguard.isolation.internal;

import org.epiguard.geo.OrgUnit;
import org.epiguard.geo.OrgUnitType;
import org.epiguard.geo.OrgUnits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Where an episode may be placed, and whether there is room: a quarantine facility's places (its
 * capacity) and a treatment place's beds, each against the episodes running there. Every admission
 * takes the place's lock for the rest of its transaction, so two admissions never share the last place.
 */
@Component
class PlaceRoom {

    /** The namespace of the advisory locks of places (the low half is the unit id). */
    private static final long LOCK_SPACE = 0x1507L << 32;

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    PlaceRoom(JdbcClient jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    /** A checked place: the unit (null at home), its tier for a treatment place. */
    record Placement(Place place, OrgUnit unit, Integer tier) {

        Long unitId() {
            return unit == null ? null : unit.id();
        }
    }

    /**
     * Checks the unit for the place and that it has room now, under the place's lock; adds a problem for
     * {@code placeUnitId} otherwise. Returns null when there is a problem.
     */
    Placement check(Place place, Long unitId, List<IsolationProblem> problems) {
        if (place == null) {
            return null;
        }
        if (!needsUnit(place)) {
            if (unitId != null) {
                problems.add(IsolationProblem.of("placeUnitId", "NO_UNIT_AT_HOME"));
                return null;
            }
            return new Placement(place, null, null);
        }
        if (unitId == null) {
            problems.add(IsolationProblem.of("placeUnitId", "REQUIRED"));
            return null;
        }
        OrgUnit unit = orgUnits.find(unitId).filter(OrgUnit::active).orElse(null);
        if (unit == null) {
            problems.add(IsolationProblem.of("placeUnitId", "NO_SUCH_UNIT", unitId));
            return null;
        }
        lock(unitId);
        if (place == Place.FACILITY) {
            if (unit.type() != OrgUnitType.QUARANTINE_FACILITY) {
                problems.add(IsolationProblem.of("placeUnitId", "NOT_A_FACILITY", unit.name()));
                return null;
            }
            if (freePlaces(unitId) <= 0) {
                problems.add(IsolationProblem.of("placeUnitId", "FACILITY_FULL", unit.name()));
                return null;
            }
            return new Placement(place, unit, null);
        }
        var bed = jdbc.sql("select tier, beds from isolation_treatment_place where unit_id = :u").param("u", unitId)
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}).optional().orElse(null);
        if (bed == null) {
            problems.add(IsolationProblem.of("placeUnitId", "NOT_A_TREATMENT_PLACE", unit.name()));
            return null;
        }
        if (bed[1] - occupancy(unitId) <= 0) {
            problems.add(IsolationProblem.of("placeUnitId", "BEDS_FULL", unit.name()));
            return null;
        }
        return new Placement(place, unit, bed[0]);
    }

    static boolean needsUnit(Place place) {
        return place == Place.FACILITY || place == Place.HOSPITAL;
    }

    /** Holds the place's lock until the transaction ends. */
    void lock(long unitId) {
        jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", LOCK_SPACE | unitId).query(Object.class).single();
    }

    long occupancy(long unitId) {
        return jdbc.sql("select count(*) from isolation_episode where place_unit_id = :u and status = 'ACTIVE'")
                .param("u", unitId).query(Long.class).single();
    }

    /** A facility's capacity less its running episodes (a facility without a capacity has no place). */
    long freePlaces(long facilityId) {
        Integer capacity = jdbc.sql("select capacity from geo_org_unit where id = :u").param("u", facilityId)
                .query((rs, i) -> (Integer) rs.getObject(1)).optional().orElse(null);
        return capacity == null ? 0 : capacity - occupancy(facilityId);
    }
}
