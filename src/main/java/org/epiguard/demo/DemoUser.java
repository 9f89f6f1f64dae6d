package org.epiguard.demo;

import org.epiguard.access.Role;
import org.epiguard.access.ScopeLevel;

/**
 * A login of the demo province. For a PROVINCE, DISTRICT or COMMUNE scope, {@code areaCode} is the
 * GSO code of the scope and {@code unitName} is null; for a UNIT scope, the user belongs to the
 * organisation unit named {@code unitName} in the commune {@code areaCode} (its id is known only
 * once the demo is loaded: see {@link DemoLogins}).
 */
public record DemoUser(String username, String fullName, Role role, ScopeLevel level, String areaCode,
                       String unitName) {

    static DemoUser area(String username, String fullName, Role role, ScopeLevel level, String code) {
        return new DemoUser(username, fullName, role, level, code, null);
    }

    static DemoUser unit(String username, String fullName, Role role, String communeCode, String unitName) {
        return new DemoUser(username, fullName, role, ScopeLevel.UNIT, communeCode, unitName);
    }
}
