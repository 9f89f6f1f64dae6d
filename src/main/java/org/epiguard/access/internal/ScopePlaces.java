package org.epiguard.access.internal;

import org.epiguard.access.Location;
import org.epiguard.access.Scope;
import org.epiguard.geo.GeoDirectory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Where a scope lies: the administrative codes (and unit id) of its area, or empty when its code
 * names nothing that exists at that level. A national scope lies nowhere in particular, so only a
 * national scope contains it.
 */
@Component
class ScopePlaces {

    static final Location NOWHERE = new Location(null, null, null, null);

    private final GeoDirectory geo;
    private final OrgUnitLookup units;

    ScopePlaces(GeoDirectory geo, OrgUnitLookup units) {
        this.geo = geo;
        this.units = units;
    }

    Optional<Location> locate(Scope scope) {
        return switch (scope.level()) {
            case NATION -> Optional.of(NOWHERE);
            case UNIT -> units.location(Long.parseLong(scope.code()));
            case PROVINCE, DISTRICT, COMMUNE -> geo.unit(scope.code())
                    .filter(u -> u.level().name().equals(scope.level().name()))
                    .map(u -> new Location(u.provinceCode(), u.districtCode(), u.communeCode(), null));
        };
    }

    /** Whether the whole of {@code inner} lies inside {@code outer}. */
    boolean contains(Scope outer, Scope inner) {
        return locate(inner).map(outer::contains).orElse(false);
    }
}
