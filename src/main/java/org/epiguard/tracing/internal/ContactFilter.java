package org.epiguard.tracing.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The filters of a contact list: one case, one person (every case they are a contact of), the level
 * (1 or 2), the tracing status, the commune where the contacts live, or the person they were exposed to. Unknown values filter nothing.
 */
record ContactFilter(Long caseId, Long personId, Integer level, String status, String commune, Long sourcePersonId) {

    static ContactFilter of(Long caseId, Long personId, Integer level, String status, String commune) {
        return of(caseId, personId, level, status, commune, null);
    }

    static ContactFilter of(Long caseId, Long personId, Integer level, String status, String commune,
                            Long sourcePersonId) {
        Integer lv = level != null && (level == 1 || level == 2) ? level : null;
        String st = null;
        if (status != null && !status.isBlank()) {
            String s = status.strip().toUpperCase(Locale.ROOT);
            if ("OPEN".equals(s)) {
                st = s;
            } else {
                try {
                    st = ContactStatus.valueOf(s).name();
                } catch (IllegalArgumentException ignored) {
                    // filters nothing
                }
            }
        }
        String c = commune != null && commune.strip().matches("\\d{5}") ? commune.strip() : null;
        return new ContactFilter(caseId, personId, lv, st, c, sourcePersonId);
    }

    /** The predicate (after the scope's) and its parameters. */
    String sql(Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (caseId != null) {
            sql.append(" and t.case_id = :caseId");
            params.put("caseId", caseId);
        }
        if (personId != null) {
            sql.append(" and t.person_id = :personId");
            params.put("personId", personId);
        }
        if (sourcePersonId != null) {
            sql.append(" and t.source_person_id = :sourcePersonId");
            params.put("sourcePersonId", sourcePersonId);
        }
        if (level != null) {
            sql.append(" and t.level = :level");
            params.put("level", level);
        }
        if ("OPEN".equals(status)) {
            sql.append(" and t.status in ('LISTED', 'REACHED')");
        } else if (status != null) {
            sql.append(" and t.status = :status");
            params.put("status", status);
        }
        if (commune != null) {
            sql.append(" and t.commune_code = :commune");
            params.put("commune", commune);
        }
        return sql.toString();
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseId", caseId);
        m.put("personId", personId);
        m.put("level", level);
        m.put("status", status);
        m.put("commune", commune);
        m.put("sourcePersonId", sourcePersonId);
        return m;
    }
}
