package org.epiguard.access;

/** The roles of DESIGN.md, each with the scope level its users normally have. */
public enum Role {
    PROVINCE_COMMITTEE(ScopeLevel.PROVINCE),
    DISTRICT_COMMAND(ScopeLevel.DISTRICT),
    COMMUNE_HEALTH_STATION(ScopeLevel.COMMUNE),
    COMMUNITY_TEAM(ScopeLevel.COMMUNE),
    SCHOOL(ScopeLevel.UNIT),
    ENTERPRISE(ScopeLevel.UNIT),
    QUARANTINE_FACILITY(ScopeLevel.UNIT),
    LABORATORY(ScopeLevel.UNIT),
    CHECKPOINT(ScopeLevel.UNIT),
    SYSTEM_ADMIN(ScopeLevel.PROVINCE);

    private final ScopeLevel usualLevel;

    Role(ScopeLevel usualLevel) {
        this.usualLevel = usualLevel;
    }

    public ScopeLevel usualLevel() {
        return usualLevel;
    }

    /** Message key of the role's name in the interface. */
    public String labelKey() {
        return "role." + name();
    }
}
