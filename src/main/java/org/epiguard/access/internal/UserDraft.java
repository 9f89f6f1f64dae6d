package org.epiguard.access.internal;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;

import java.util.LinkedHashMap;
import java.util.Map;

/** A user as an administrator writes it: everything but the password. */
record UserDraft(String username, String fullName, Role role, Scope captureScope, Scope viewScope,
                 String phone, String email, boolean enabled) {

    static UserDraft of(UserAccount a) {
        return new UserDraft(a.username(), a.fullName(), a.role(), a.captureScope(), a.viewScope(), a.phone(),
                a.email(), a.enabled());
    }

    UserDraft withUsername(String name) {
        return new UserDraft(name, fullName, role, captureScope, viewScope, phone, email, enabled);
    }

    /** What the audit trail keeps of a user: never a password or its hash. */
    Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("fullName", fullName);
        m.put("role", role == null ? null : role.name());
        m.put("captureScope", captureScope == null ? null : captureScope.toString());
        m.put("viewScope", viewScope == null ? null : viewScope.toString());
        m.put("phone", phone);
        m.put("email", email);
        m.put("enabled", enabled);
        return m;
    }
}
