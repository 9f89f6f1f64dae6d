package org.epiguard.access.internal;

import java.nio.charset.StandardCharsets;

/** A password is at least 10 characters, not the username, and fits bcrypt's 72 bytes. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    static void check(String password, String username, String field, Problems problems) {
        if (password == null || password.isBlank()) {
            problems.add(field, "access.password.required");
        } else if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add(field, "access.password.tooShort", MIN_LENGTH);
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(field, "access.password.tooLong", MAX_BYTES);
        } else if (username != null && password.trim().equalsIgnoreCase(username.trim())) {
            problems.add(field, "access.password.isUsername");
        }
    }
}
