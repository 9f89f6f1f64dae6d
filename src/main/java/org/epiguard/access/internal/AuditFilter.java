package org.epiguard.access.internal;

import org.epiguard.access.AuditTrail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Filters of the audit viewer: who, what action, which record, which days (dd/MM/yyyy, both ends included). */
record AuditFilter(String username, AuditTrail.Action action, String entityType, String entityId,
                   LocalDate from, LocalDate to) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** The filter, or the problems of fields that cannot be read (unknown action, a date that is not dd/MM/yyyy). */
    static AuditFilter of(String username, String action, String entityType, String entityId, String from, String to) {
        Problems problems = new Problems();
        AuditTrail.Action a = null;
        if (UserRules.blankToNull(action) != null) {
            try {
                a = AuditTrail.Action.valueOf(action.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("action", "access.audit.badAction", action);
            }
        }
        LocalDate f = day(from, "from", problems);
        LocalDate t = day(to, "to", problems);
        if (f != null && t != null && t.isBefore(f)) {
            problems.add("to", "access.audit.toBeforeFrom");
        }
        problems.throwIfAny();
        String user = UserRules.blankToNull(username);
        return new AuditFilter(user == null ? null : user.toLowerCase(Locale.ROOT), a, UserRules.blankToNull(entityType),
                UserRules.blankToNull(entityId), f, t);
    }

    static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    private static LocalDate day(String text, String field, Problems problems) {
        String s = UserRules.blankToNull(text);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s, DAY);
        } catch (DateTimeParseException e) {
            problems.add(field, "access.audit.badDate", s);
            return null;
        }
    }

    /** The filter as the audit record of an export keeps it. */
    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("action", action == null ? null : action.name());
        m.put("entityType", entityType);
        m.put("entityId", entityId);
        m.put("from", from == null ? null : from.format(DAY));
        m.put("to", to == null ? null : to.format(DAY));
        return m;
    }
}
