package org.epiguard.geo;

import org.epiguard.access.Scope;

import java.util.List;
import java.util.Optional;

/** Organisation units for other modules: people's workplaces and schools, access's UNIT scopes. */
public interface OrgUnits {

    Optional<OrgUnit> find(long id);

    /** The active units inside a scope (for a UNIT scope: that unit), by name. */
    List<OrgUnit> inScope(Scope scope);
}
