package org.epiguard.access.internal;

import org.epiguard.access.Role;

/** The user form of the administration pages, as the browser sends it. */
record UserForm(String username, String fullName, String role, String phone, String email, Boolean enabled,
                String password,
                String captureLevel, String captureProvince, String captureDistrict, String captureCommune,
                String captureUnit,
                String viewLevel, String viewProvince, String viewDistrict, String viewCommune, String viewUnit) {

    static UserForm blank() {
        return new UserForm(null, null, null, null, null, true, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    static UserForm of(UserDraft d, ScopeChoice capture, ScopeChoice view) {
        return new UserForm(d.username(), d.fullName(), d.role().name(), d.phone(), d.email(), d.enabled(), null,
                capture.level(), capture.province(), capture.district(), capture.commune(), capture.unit(),
                view.level(), view.province(), view.district(), view.commune(), view.unit());
    }

    ScopeChoice capture() {
        return new ScopeChoice(captureLevel, captureProvince, captureDistrict, captureCommune, captureUnit);
    }

    ScopeChoice view() {
        return new ScopeChoice(viewLevel, viewProvince, viewDistrict, viewCommune, viewUnit);
    }

    /** The draft, or the problems of the fields that cannot even be read (role, scopes). */
    UserDraft toDraft() {
        Problems problems = new Problems();
        Role r = null;
        if (UserRules.blankToNull(role) == null) {
            problems.add("role", "access.user.role.required");
        } else {
            try {
                r = Role.valueOf(role.trim());
            } catch (IllegalArgumentException e) {
                problems.add("role", "access.user.role.unknown", role);
            }
        }
        var c = capture().toScope("captureScope", problems);
        var v = view().toScope("viewScope", problems);
        problems.throwIfAny();
        return new UserDraft(username, fullName, r, c, v, phone, email, Boolean.TRUE.equals(enabled));
    }
}
