package org.epiguard.access;

/**
 * Where a record belongs: its administrative units and, where there is one, its owning
 * organisation unit. Every scoped record of every module can say this of itself.
 */
public record Location(String provinceCode, String districtCode, String communeCode, Long unitId) {

    public static Location commune(String provinceCode, String districtCode, String communeCode) {
        return new Location(provinceCode, districtCode, communeCode, null);
    }

    public Location withUnit(Long unit) {
        return new Location(provinceCode, districtCode, communeCode, unit);
    }
}
