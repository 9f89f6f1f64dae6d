package org.epiguard.tracing.internal;

import org.epiguard.platform.files.HeaderedColumn;

import java.util.List;

/** The columns of a check-in file (one row per scan), recognised by header without diacritics or case. */
enum CheckinImportColumn implements HeaderedColumn {
    PERSON_ID("personId", "Mã người", "ma nguoi", "ma ca nhan", "person id", "personid"),
    CITIZEN_ID("citizenId", "Số CCCD/CMND", "so cccd", "cccd", "cmnd", "so cccd/cmnd", "citizenid"),
    VENUE_ID("venueId", "Mã địa điểm", "ma dia diem", "ma don vi", "venue id", "venueid"),
    CHECKED_IN_AT("checkedInAt", "Thời điểm check-in", "thoi diem check-in", "thoi diem", "thoi gian",
            "thoi gian quet", "checked in at", "checkedinat");

    private final String field;
    private final String header;
    private final List<String> aliases;

    CheckinImportColumn(String field, String header, String... aliases) {
        this.field = field;
        this.header = header;
        this.aliases = List.of(aliases);
    }

    String field() {
        return field;
    }


    @Override
    public String header() {
        return header;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    static String headerOf(String field) {
        for (CheckinImportColumn c : values()) {
            if (c.field.equals(field)) {
                return c.header;
            }
        }
        return field;
    }
}
