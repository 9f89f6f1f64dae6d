package org.epiguard.access.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.access.ScopeLevel;
import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

/**
 * The rules a user record must keep, checked before any write (the administration pages, the
 * API and the bulk import all go through here):
 * <ul>
 *   <li>username of 3–64 characters a–z, 0–9, dot, dash, underscore (the table's check);</li>
 *   <li>the capture scope fits the role: unit roles (school, enterprise, …) need a UNIT scope, the
 *       other roles their usual level or narrower (a commune role: a commune or a unit), an
 *       administrator any area but not a unit;</li>
 *   <li>every scope names something that exists, and the view scope contains the capture scope;</li>
 *   <li>the user lies inside the administrator's own view scope.</li>
 * </ul>
 */
@Component
class UserRules {

    static final Pattern USERNAME = Pattern.compile("^[a-z0-9._-]{3,64}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^0\\d{9,10}$");

    private final ScopePlaces places;
    private final UserAccounts accounts;

    UserRules(ScopePlaces places, UserAccounts accounts) {
        this.places = places;
        this.accounts = accounts;
    }

    /** The draft tidied (username lower-case, phone normalised, blanks as null) with its problems. */
    record Checked(UserDraft draft, Problems problems) {
    }

    Checked check(UserDraft raw, CurrentUser admin, boolean creating) {
        UserDraft d = tidy(raw);
        Problems problems = new Problems();
        if (d.username() == null || !USERNAME.matcher(d.username()).matches()) {
            problems.add("username", "access.user.username.invalid");
        } else if (creating && accounts.byUsername(d.username()).isPresent()) {
            problems.add("username", "access.user.username.taken", d.username());
        }
        if (d.fullName() == null) {
            problems.add("fullName", "access.user.fullName.required");
        } else if (d.fullName().length() > 200) {
            problems.add("fullName", "access.user.fullName.tooLong");
        }
        if (d.role() == null) {
            problems.add("role", "access.user.role.required");
        }
        if (d.phone() != null && !PHONE.matcher(d.phone()).matches()) {
            problems.add("phone", "access.user.phone.invalid");
        }
        if (d.email() != null && (d.email().length() > 200 || !EMAIL.matcher(d.email()).matches())) {
            problems.add("email", "access.user.email.invalid");
        }
        checkScopes(d, admin, problems);
        return new Checked(d, problems);
    }

    private void checkScopes(UserDraft d, CurrentUser admin, Problems problems) {
        if (d.captureScope() == null) {
            problems.add("captureScope", "access.scope.required");
        } else if (places.locate(d.captureScope()).isEmpty()) {
            problems.add("captureScope", "access.scope.unknown", d.captureScope().code());
        } else if (d.role() != null && !fitsRole(d.role(), d.captureScope().level())) {
            problems.add("captureScope", "access.scope.notForRole." + requiredFor(d.role()));
        }
        if (d.viewScope() == null) {
            problems.add("viewScope", "access.scope.required");
        } else if (places.locate(d.viewScope()).isEmpty()) {
            problems.add("viewScope", "access.scope.unknown", d.viewScope().code());
        } else if (!places.contains(admin.viewScope(), d.viewScope())) {
            problems.add("viewScope", "access.scope.outsideAdmin");
        } else if (d.captureScope() != null && !problems.has("captureScope")
                && !places.contains(d.viewScope(), d.captureScope())) {
            problems.add("viewScope", "access.scope.viewMustContainCapture");
        }
    }

    static boolean fitsRole(Role role, ScopeLevel level) {
        return switch (requiredFor(role)) {
            case "unit" -> level == ScopeLevel.UNIT;
            case "area" -> level != ScopeLevel.UNIT;
            default -> level.ordinal() >= role.usualLevel().ordinal();
        };
    }

    /** Which scope a role needs, as the last part of its message key. */
    static String requiredFor(Role role) {
        if (role == Role.SYSTEM_ADMIN) {
            return "area";
        }
        return role.usualLevel() == ScopeLevel.UNIT ? "unit" : role.usualLevel().name().toLowerCase();
    }

    private static UserDraft tidy(UserDraft d) {
        return new UserDraft(lower(d.username()), blankToNull(d.fullName()), d.role(), d.captureScope(), d.viewScope(),
                phone(d.phone()), lower(d.email()), d.enabled());
    }

    static String phone(String raw) {
        String p = blankToNull(raw);
        if (p == null) {
            return null;
        }
        p = p.replaceAll("[\\s.()-]", "");
        if (p.startsWith("+84")) {
            p = "0" + p.substring(3);
        } else if (p.startsWith("84") && p.length() == 11) {
            p = "0" + p.substring(2);
        }
        return p;
    }

    private static String lower(String s) {
        String t = blankToNull(s);
        return t == null ? null : t.toLowerCase();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Scope from a level and a code as typed, or null with a problem on the field. */
    static Scope scope(String level, String code, String field, Problems problems) {
        String l = blankToNull(level);
        String c = blankToNull(code);
        if (l == null) {
            problems.add(field, "access.scope.required");
            return null;
        }
        try {
            ScopeLevel lv = ScopeLevel.valueOf(l.toUpperCase());
            return new Scope(lv, lv == ScopeLevel.NATION ? "VN" : c == null ? "" : c);
        } catch (IllegalArgumentException e) {
            problems.add(field, "access.scope.invalid", l + (c == null ? "" : " " + c));
            return null;
        }
    }
}
