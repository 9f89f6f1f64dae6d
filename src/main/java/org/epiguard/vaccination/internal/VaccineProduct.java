package org.epiguard.vaccination.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** A vaccine product of the catalogue: its primary series and the minimum days between its doses. */
record VaccineProduct(String code, String name, String manufacturer, int primaryDoses, int minIntervalDays,
                      boolean active) {

    Map<String, Object> auditFields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("manufacturer", manufacturer);
        m.put("primaryDoses", primaryDoses);
        m.put("minIntervalDays", minIntervalDays);
        m.put("active", active);
        return m;
    }
}
