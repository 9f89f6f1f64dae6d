package org.epiguard.geo;

/** A village, hamlet or residential group (thôn, khu, tổ dân phố, ấp, bản, xóm) of a commune. */
public record Village(long id, String provinceCode, String districtCode, String communeCode, VillageType type,
                      String name) {

    /** "Thôn Khe Cát", "Tổ dân phố 3": the type's word and the name. */
    public String fullName() {
        return type.word() + " " + name;
    }
}
