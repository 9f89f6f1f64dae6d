package org.epiguard.access.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.AuditTrail.Action;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.access.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;

/**
 * What a system administrator does to users: create, edit, reset a password. An administrator
 * reaches only users inside their own view scope; anyone else's account does not exist for them.
 * Every change is audited (entity "user"), without passwords or hashes.
 */
@Service
class UserAdministration {

    static final String ENTITY = "user";

    private final AccessContext access;
    private final UserAccounts accounts;
    private final UserRules rules;
    private final ScopePlaces places;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    UserAdministration(AccessContext access, UserAccounts accounts, UserRules rules, ScopePlaces places,
                       PasswordEncoder encoder, AuditTrail audit) {
        this.access = access;
        this.accounts = accounts;
        this.rules = rules;
        this.places = places;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** A user inside the administrator's view scope, or 404. */
    UserAccount get(long id) {
        CurrentUser admin = admin();
        return accounts.byIdWithin(id, admin.viewScope())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Transactional
    long create(UserDraft raw, String password) {
        CurrentUser admin = admin();
        var checked = rules.check(raw, admin, true);
        UserDraft d = checked.draft();
        PasswordPolicy.check(password, d.username(), "password", checked.problems());
        checked.problems().throwIfAny();
        long id = accounts.insertIfAbsent(d, encoder.encode(password))
                .orElseThrow(() -> InvalidInputException.of("username", "access.user.username.taken", d.username()));
        audit.record(Action.CREATE, ENTITY, id, placeOf(d), "user " + d.username() + " created", null, d.auditView());
        return id;
    }

    @Transactional
    void update(long id, UserDraft raw) {
        CurrentUser admin = admin();
        UserAccount existing = get(id);
        var checked = rules.check(raw.withUsername(existing.username()), admin, false);
        UserDraft d = checked.draft();
        if (id == admin.id() && (!d.enabled() || d.role() != Role.SYSTEM_ADMIN)) {
            checked.problems().add("role", "access.user.notYourself");
        }
        checked.problems().throwIfAny();
        UserDraft before = UserDraft.of(existing);
        accounts.update(id, d);
        audit.record(Action.UPDATE, ENTITY, id, placeOf(d), "user " + d.username() + " updated",
                before.auditView(), d.auditView());
    }

    /** The administrator sets a temporary password (and lifts any login wait). */
    @Transactional
    void resetPassword(long id, String password) {
        UserAccount existing = get(id);
        Problems problems = new Problems();
        PasswordPolicy.check(password, existing.username(), "password", problems);
        problems.throwIfAny();
        accounts.setPassword(id, encoder.encode(password));
        audit.record(Action.UPDATE, ENTITY, id, placeOf(UserDraft.of(existing)),
                "password of " + existing.username() + " reset by an administrator", null, Map.of("passwordReset", true));
    }

    Location placeOf(UserDraft d) {
        return places.locate(d.viewScope()).orElse(null);
    }

    private CurrentUser admin() {
        access.requireAdmin();
        return access.currentUser();
    }
}
