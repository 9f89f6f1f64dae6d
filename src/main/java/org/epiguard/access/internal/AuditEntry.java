package org.epiguard.access.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A record of the audit trail, with the fields before and after the change. */
record AuditEntry(long id, Instant at, Long userId, String username, String remoteAddr, String action,
                  String entityType, String entityId, String provinceCode, String districtCode, String communeCode,
                  String summary, Map<String, Object> before, Map<String, Object> after) {

    record FieldChange(String field, Object before, Object after, boolean changed) {
    }

    /** Every field of before and after, side by side, in the order they were written. */
    public List<FieldChange> changes() {
        Set<String> fields = new LinkedHashSet<>();
        if (before != null) {
            fields.addAll(before.keySet());
        }
        if (after != null) {
            fields.addAll(after.keySet());
        }
        List<FieldChange> out = new ArrayList<>();
        for (String f : fields) {
            Object b = before == null ? null : before.get(f);
            Object a = after == null ? null : after.get(f);
            out.add(new FieldChange(f, b, a, !Objects.equals(b, a)));
        }
        return out;
    }

    /** The most precise administrative code the record carries. */
    public String place() {
        return communeCode != null ? communeCode : districtCode != null ? districtCode : provinceCode;
    }
}
