package org.epiguard.access.internal;

import org.epiguard.access.AuditTrail;
import org.epiguard.access.AuditTrail.Action;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.access.ScopeLevel;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Creates the users of a bulk file, row by row: each row is checked by the same rules as the form,
 * rows with problems are reported (row and column) and skipped, usernames that exist already are
 * left unchanged, so the same file uploaded twice creates nothing the second time. Passwords are
 * hashed in parallel in batches (bcrypt is deliberately slow); each user is inserted with its audit
 * record in its own transaction, so a bad row never loses the good ones.
 */
@Component
class UserImporter {

    static final int BATCH = 32;

    private final UserAccounts accounts;
    private final UserRules rules;
    private final ScopePlaces places;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Map<String, Role> roles = new HashMap<>();
    private final Map<String, ScopeLevel> levels = new HashMap<>();

    UserImporter(UserAccounts accounts, UserRules rules, ScopePlaces places, PasswordEncoder encoder, AuditTrail audit,
                 TransactionTemplate tx, MessageSource messages) {
        this.accounts = accounts;
        this.rules = rules;
        this.places = places;
        this.encoder = encoder;
        this.audit = audit;
        this.tx = tx;
        Locale vi = Locale.forLanguageTag("vi");
        for (Role r : Role.values()) {
            roles.put(UserImportColumn.fold(r.name()), r);
            roles.put(UserImportColumn.fold(messages.getMessage(r.labelKey(), null, r.name(), vi)), r);
        }
        for (ScopeLevel l : ScopeLevel.values()) {
            levels.put(UserImportColumn.fold(l.name()), l);
            levels.put(UserImportColumn.fold(messages.getMessage("scope." + l.name(), null, l.name(), vi)), l);
        }
    }

    private record Pending(int row, UserDraft draft, String password) {
    }

    void run(UserImportJob job, List<UserImportRow> rows, CurrentUser admin) {
        Set<String> seen = new HashSet<>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<UserImportRow> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            List<Pending> pending = new ArrayList<>();
            for (UserImportRow row : batch) {
                Pending p = prepare(row, admin, seen, job);
                if (p != null) {
                    pending.add(p);
                }
            }
            List<String> hashes = pending.parallelStream().map(p -> encoder.encode(p.password())).toList();
            for (int i = 0; i < pending.size(); i++) {
                insert(pending.get(i), hashes.get(i), admin, job);
            }
            job.advance(batch.size());
        }
        tx.executeWithoutResult(s -> audit.record(admin.id(), admin.username(), Action.IMPORT, UserAdministration.ENTITY,
                null, null, job.fileName() + ": " + job.created() + " created, " + job.unchanged() + " unchanged, "
                        + job.rowsWithErrors() + " rows refused", null,
                Map.of("created", job.created(), "unchanged", job.unchanged(), "refused", job.rowsWithErrors())));
    }

    private Pending prepare(UserImportRow row, CurrentUser admin, Set<String> seen, UserImportJob job) {
        Problems problems = new Problems();
        String username = row.get(UserImportColumn.USERNAME) == null ? null
                : row.get(UserImportColumn.USERNAME).toLowerCase(Locale.ROOT);
        if (username != null && !seen.add(username)) {
            job.refuse(row.row(), problems.add("username", "access.import.duplicateInFile", username));
            return null;
        }
        if (username != null && accounts.byUsername(username).isPresent()) {
            job.countUnchanged();
            return null;
        }
        Role role = parse(roles, row.get(UserImportColumn.ROLE), "role", "access.user.role.unknown", problems);
        ScopeLevel level = parse(levels, row.get(UserImportColumn.SCOPE_LEVEL), "scopeLevel",
                "access.import.unknownLevel", problems);
        Scope scope = level == null ? null : scope(level, row.get(UserImportColumn.SCOPE_CODE), problems);
        var draft = new UserDraft(username, row.get(UserImportColumn.FULL_NAME), role, scope, scope,
                row.get(UserImportColumn.PHONE), row.get(UserImportColumn.EMAIL), true);
        var checked = rules.check(draft, admin, false);
        checked.problems().list().forEach(p -> problems.add(p.field(), p.messageKey(), p.args()));
        String password = row.get(UserImportColumn.PASSWORD);
        PasswordPolicy.check(password, username, "password", problems);
        if (!problems.isEmpty()) {
            job.refuse(row.row(), problems);
            return null;
        }
        return new Pending(row.row(), checked.draft(), password);
    }

    private void insert(Pending p, String hash, CurrentUser admin, UserImportJob job) {
        try {
            boolean created = Boolean.TRUE.equals(tx.execute(s -> accounts.insertIfAbsent(p.draft(), hash).map(id -> {
                audit.record(admin.id(), admin.username(), Action.CREATE, UserAdministration.ENTITY, id,
                        places.locate(p.draft().viewScope()).orElse(null),
                        "user " + p.draft().username() + " created by bulk import", null, p.draft().auditView());
                return true;
            }).orElse(false)));
            if (created) {
                job.countCreated();
            } else {
                job.countUnchanged();
            }
        } catch (RuntimeException e) {
            job.refuse(p.row(), new Problems().add("username", "access.import.rowFailed", e.getMessage()));
        }
    }

    private static <T> T parse(Map<String, T> known, String value, String field, String key, Problems problems) {
        if (value == null) {
            problems.add(field, field.equals("role") ? "access.user.role.required" : "access.scope.required");
            return null;
        }
        T found = known.get(UserImportColumn.fold(value));
        if (found == null) {
            problems.add(field, key, value);
        }
        return found;
    }

    /** The scope of a level and a code; Excel drops leading zeros of codes typed as numbers, so they are put back. */
    private static Scope scope(ScopeLevel level, String code, Problems problems) {
        String c = code;
        if (c != null && c.matches("\\d+")) {
            int width = switch (level) {
                case PROVINCE -> 2;
                case DISTRICT -> 3;
                case COMMUNE -> 5;
                default -> 0;
            };
            c = width > c.length() ? "0".repeat(width - c.length()) + c : c;
        }
        if (level != ScopeLevel.NATION && c == null) {
            problems.add("captureScope", "access.scope.codeRequired");
            return null;
        }
        return UserRules.scope(level.name(), c, "captureScope", problems);
    }
}
