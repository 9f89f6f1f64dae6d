package org.epiguard.tracing.internal;

import org.epiguard.access.Location;

import java.time.Instant;

/**
 * A contact as lists show it: the person (F1 or F2), whom they were exposed to (the case's person or
 * the F1; the name only when that person is inside the reader's view scope), how, where and when, and
 * the tracing work done.
 */
record ContactRow(long id, long personId, String fullName, int birthYear, String phone, String addressText, int level,
                  Long caseId, long sourcePersonId, String sourceName, ContactExposure exposure, String place,
                  Instant lastExposureAt, ContactStatus status, Instant promotedAt, String provinceCode,
                  String districtCode, String communeCode, Long unitId) {

    public Location location() {
        return new Location(provinceCode, districtCode, communeCode, unitId);
    }

    public String levelLabel() {
        return "F" + level;
    }
}
