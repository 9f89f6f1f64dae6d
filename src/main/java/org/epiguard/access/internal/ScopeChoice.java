package org.epiguard.access.internal;

import org.epiguard.access.Location;
import org.epiguard.access.Scope;
import org.epiguard.access.ScopeLevel;

/**
 * A scope as picked on a form: a level, then the province, district and commune selects or an
 * organisation unit id; the code is taken from the field of the chosen level.
 */
record ScopeChoice(String level, String province, String district, String commune, String unit) {

    static ScopeChoice of(Scope scope, Location where) {
        Location l = where == null ? ScopePlaces.NOWHERE : where;
        return new ScopeChoice(scope.level().name(), l.provinceCode(), l.districtCode(), l.communeCode(),
                scope.level() == ScopeLevel.UNIT ? scope.code() : null);
    }

    static ScopeChoice empty() {
        return new ScopeChoice(null, null, null, null, null);
    }

    Scope toScope(String field, Problems problems) {
        String l = UserRules.blankToNull(level);
        String code = l == null ? null : switch (l) {
            case "PROVINCE" -> province;
            case "DISTRICT" -> district;
            case "COMMUNE" -> commune;
            case "UNIT" -> unit;
            default -> "VN";
        };
        if (l != null && UserRules.blankToNull(code) == null) {
            problems.add(field, "access.scope.codeRequired");
            return null;
        }
        return UserRules.scope(l, code, field, problems);
    }
}
