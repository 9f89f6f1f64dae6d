package org.epiguard.demo.internal;

/** What a demo organisation unit is for; decides its geo_org_unit type and who works or studies there. */
enum PlacePurpose {
    HEALTH_STATION("HEALTH_STATION"),
    HOSPITAL("HOSPITAL"),
    FIELD_HOSPITAL("FIELD_HOSPITAL"),
    QUARANTINE("QUARANTINE_FACILITY"),
    PRIMARY_SCHOOL("SCHOOL"),
    LOWER_SECONDARY_SCHOOL("SCHOOL"),
    UPPER_SECONDARY_SCHOOL("SCHOOL"),
    INDUSTRIAL_ZONE("INDUSTRIAL_ZONE"),
    FACTORY("ENTERPRISE"),
    COAL_COMPANY("ENTERPRISE"),
    MARKET("MARKET"),
    SUPERMARKET("SUPERMARKET"),
    PORT("PORT"),
    CHECKPOINT("CHECKPOINT"),
    VENUE("VENUE"),
    LABORATORY("LABORATORY");

    private final String unitType;

    PlacePurpose(String unitType) {
        this.unitType = unitType;
    }

    /** The geo_org_unit.unit_type. */
    String unitType() {
        return unitType;
    }

    boolean isSchool() {
        return unitType.equals("SCHOOL");
    }
}
