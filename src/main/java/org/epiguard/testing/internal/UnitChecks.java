package org.epiguard.testing.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.geo.OrgUnit;
import org.epiguard.geo.OrgUnitType;
import org.epiguard.geo.OrgUnits;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The organisation units named in an input: they must exist and be active, each problem under its field. */
@Component
class UnitChecks {

    /** Units that run RT-PCR. */
    static final Set<OrgUnitType> LABS = EnumSet.of(OrgUnitType.LABORATORY, OrgUnitType.HOSPITAL, OrgUnitType.FIELD_HOSPITAL);
    /** Units where a positive test does not lock the unit down but the person's household. */
    static final Set<OrgUnitType> HEALTH_UNITS = EnumSet.of(OrgUnitType.HEALTH_STATION, OrgUnitType.HOSPITAL,
            OrgUnitType.FIELD_HOSPITAL, OrgUnitType.LABORATORY);

    private final OrgUnits orgUnits;

    UnitChecks(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    Optional<OrgUnit> find(Long id) {
        return id == null ? Optional.empty() : orgUnits.find(id).filter(OrgUnit::active);
    }

    /** A unit inside the user's view scope (where they work: a collecting unit, a place). */
    Optional<OrgUnit> visible(CurrentUser user, String field, Long id, List<TestingProblem> problems) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<OrgUnit> unit = find(id).filter(u -> user.canView(u.location()));
        if (unit.isEmpty()) {
            problems.add(TestingProblem.of(field, "UNKNOWN_UNIT", id));
        }
        return unit;
    }

    /** Any active unit (a lab elsewhere in the province that tests or receives samples). */
    Optional<OrgUnit> existing(String field, Long id, List<TestingProblem> problems) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<OrgUnit> unit = find(id);
        if (unit.isEmpty()) {
            problems.add(TestingProblem.of(field, "UNKNOWN_UNIT", id));
        }
        return unit;
    }

    /** An active laboratory or hospital, for samples sent to RT-PCR. */
    Optional<OrgUnit> lab(String field, Long id, List<TestingProblem> problems) {
        Optional<OrgUnit> unit = existing(field, id, problems);
        if (unit.isPresent() && !LABS.contains(unit.get().type())) {
            problems.add(TestingProblem.of(field, "NOT_A_LAB", unit.get().name()));
            return Optional.empty();
        }
        return unit;
    }
}
