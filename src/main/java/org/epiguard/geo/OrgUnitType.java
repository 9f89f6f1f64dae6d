package org.epiguard.geo;

/** The kinds of organisation unit under a commune; capacity is kept for those where it means something. */
public enum OrgUnitType {
    HEALTH_STATION(true),
    HOSPITAL(true),
    FIELD_HOSPITAL(true),
    QUARANTINE_FACILITY(true),
    SCHOOL(true),
    ENTERPRISE(false),
    INDUSTRIAL_ZONE(false),
    MARKET(false),
    SUPERMARKET(false),
    PORT(false),
    CHECKPOINT(false),
    VENUE(true),
    LABORATORY(false);

    private final boolean hasCapacity;

    OrgUnitType(boolean hasCapacity) {
        this.hasCapacity = hasCapacity;
    }

    /** Beds (health station, hospitals), places (quarantine facility), pupils (school), people (venue). */
    public boolean hasCapacity() {
        return hasCapacity;
    }

    public String labelKey() {
        return "geo.orgType." + name();
    }
}
