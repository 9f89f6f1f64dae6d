package org.epiguard.geo;

/** A province, district or commune of the GSO list. */
public record AdminUnit(String code, AdminLevel level, String name, String unitType, String parentCode,
                        String provinceCode, String districtCode) {

    /** "Xã Bãi Cháy" — the unit type and name, as officials write it. */
    public String fullName() {
        return unitType + " " + name;
    }

    public String communeCode() {
        return level == AdminLevel.COMMUNE ? code : null;
    }
}
