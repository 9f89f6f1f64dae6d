package org.epiguard.testing.internal;

import org.epiguard.access.Location;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A checked sample ready to be written. */
record SampleDraft(String barcode, long personId, Priority priority, Instant collectedAt, String placeCommuneCode,
                   Long placeUnitId, Long collectingUnitId, Long labUnitId, Location home) {

    Map<String, Object> auditFields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("barcode", barcode);
        m.put("personId", personId);
        m.put("priority", priority.name());
        m.put("collectedAt", collectedAt.toString());
        m.put("placeCommuneCode", placeCommuneCode);
        m.put("placeUnitId", placeUnitId);
        m.put("collectingUnitId", collectingUnitId);
        m.put("labUnitId", labUnitId);
        return m;
    }
}
