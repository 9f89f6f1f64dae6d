package org.epiguard.people.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.access.ScopeLevel;
import org.epiguard.geo.GeoDirectory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a person belongs, checked against the reference data and the user's capture scope: the
 * commune exists, the village lies in it, the workplace exists (and is the user's own unit for a
 * school or enterprise user), the household is one the user may add people to. A place outside the
 * capture scope is refused with 403.
 */
@Component
class PlaceRules {

    private final GeoDirectory geo;
    private final Places places;
    private final Households households;
    private final AccessContext access;

    PlaceRules(GeoDirectory geo, Places places, Households households, AccessContext access) {
        this.geo = geo;
        this.places = places;
        this.households = households;
        this.access = access;
    }

    /** The draft with the workplace settled, and the location it gives the person. */
    record Placed(PersonDraft draft, Location location) {
    }

    Placed place(CurrentUser user, PersonDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        var commune = geo.communeLocation(draft.communeCode());
        if (commune.isEmpty()) {
            throw new InvalidPerson(FieldProblem.of("communeCode", "people.error.communeCode.unknown"));
        }
        if (draft.villageId() != null && places.village(draft.villageId())
                .filter(v -> v.communeCode().equals(draft.communeCode())).isEmpty()) {
            problems.add(FieldProblem.of("villageId", "people.error.villageId.unknown"));
        }
        PersonDraft settled = draft;
        boolean unitUser = user.captureScope().level() == ScopeLevel.UNIT;
        if (unitUser && draft.workplaceId() == null) {
            settled = draft.withWorkplace(Long.parseLong(user.captureScope().code()));
        } else if (unitUser && !draft.workplaceId().toString().equals(user.captureScope().code())) {
            problems.add(FieldProblem.of("workplaceId", "people.error.workplaceId.unit"));
        } else if (draft.workplaceId() != null && places.workplace(draft.workplaceId()).isEmpty()) {
            problems.add(FieldProblem.of("workplaceId", "people.error.workplaceId.unknown"));
        }
        if ((draft.householdId() != null || draft.newHousehold()) && unitUser) {
            problems.add(FieldProblem.of("householdId", "people.error.householdId.unit"));
        } else if (draft.householdId() != null && households.find(draft.householdId(), user.captureScope()).isEmpty()) {
            problems.add(FieldProblem.of("householdId", "people.error.householdId.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPerson(problems);
        }
        Location location = commune.get().withUnit(settled.workplaceId());
        access.requireCapture(location);
        return new Placed(settled, location);
    }
}
