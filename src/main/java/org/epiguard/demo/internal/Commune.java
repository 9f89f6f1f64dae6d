package org.epiguard.demo.internal;

/** A commune of the province with its district, as the generators need it. */
record Commune(String code, String name, String unitType, String districtCode, String districtName,
               String districtType) {

    boolean isWard() {
        return "Phường".equals(unitType);
    }

    boolean isTown() {
        return "Thị trấn".equals(unitType);
    }

    /** "Phường Bãi Cháy" */
    String fullName() {
        return unitType + " " + name;
    }

    /** "Phường Bãi Cháy, Thành phố Hạ Long, Quảng Ninh" */
    String address() {
        return fullName() + ", " + districtType + " " + districtName + ", Quảng Ninh";
    }
}
