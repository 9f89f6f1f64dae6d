package org.epiguard.access.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** The columns of the bulk user file: the Vietnamese header of the template, and English aliases. */
enum UserImportColumn {
    USERNAME("tên đăng nhập", true, "username"),
    FULL_NAME("họ tên", true, "full name"),
    ROLE("vai trò", true, "role"),
    SCOPE_LEVEL("cấp phạm vi", true, "scope level"),
    SCOPE_CODE("mã phạm vi", true, "scope code"),
    PHONE("điện thoại", false, "phone"),
    EMAIL("email", false, "e-mail"),
    PASSWORD("mật khẩu tạm", true, "temporary password");

    private final String header;
    private final boolean required;
    private final List<String> aliases;

    UserImportColumn(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    boolean matches(String cell) {
        String f = fold(cell);
        return fold(header).equals(f) || aliases.stream().anyMatch(a -> fold(a).equals(f));
    }

    /** The column a field problem of {@link UserRules} belongs to. */
    static UserImportColumn forField(String field) {
        return switch (field) {
            case "username" -> USERNAME;
            case "fullName" -> FULL_NAME;
            case "role" -> ROLE;
            case "scopeLevel" -> SCOPE_LEVEL;
            case "phone" -> PHONE;
            case "email" -> EMAIL;
            case "password" -> PASSWORD;
            default -> SCOPE_CODE;
        };
    }

    /** Lower case, without accents (đ as d) and extra spaces: how headers and codes are compared. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd');
        return n.replaceAll("[\\s_*]+", " ").strip();
    }
}
