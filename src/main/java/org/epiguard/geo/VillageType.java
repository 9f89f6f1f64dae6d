package org.epiguard.geo;

/** The kinds of village-level place, with the word officials put before the name. */
public enum VillageType {
    THON("Thôn"), KHU("Khu"), TO_DAN_PHO("Tổ dân phố"), AP("Ấp"), BAN("Bản"), XOM("Xóm");

    private final String word;

    VillageType(String word) {
        this.word = word;
    }

    /** "Thôn", "Tổ dân phố"…: the word written before the village's name. */
    public String word() {
        return word;
    }

    public String labelKey() {
        return "geo.villageType." + name();
    }
}
