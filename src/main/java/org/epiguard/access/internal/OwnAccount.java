package org.epiguard.access.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.AuditTrail.Action;
import org.epiguard.access.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Map;

/** What every user does to their own account: change the password, keep their API tokens. */
@Service
class OwnAccount {

    static final String TOKEN = "api_token";

    private final AccessContext access;
    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    OwnAccount(AccessContext access, UserAccounts accounts, ApiTokens tokens, PasswordEncoder encoder,
               AuditTrail audit) {
        this.access = access;
        this.accounts = accounts;
        this.tokens = tokens;
        this.encoder = encoder;
        this.audit = audit;
    }

    UserAccount account() {
        return accounts.byId(access.currentUser().id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    @Transactional
    void changePassword(String current, String next, String confirm) {
        UserAccount me = account();
        Problems problems = new Problems();
        if (current == null || !encoder.matches(current, me.passwordHash())) {
            problems.add("currentPassword", "access.account.currentWrong");
        }
        PasswordPolicy.check(next, me.username(), "newPassword", problems);
        if (next != null && next.equals(current)) {
            problems.add("newPassword", "access.account.sameAsCurrent");
        }
        if (next != null && !next.equals(confirm)) {
            problems.add("confirmPassword", "access.account.confirmDiffers");
        }
        problems.throwIfAny();
        accounts.setPassword(me.id(), encoder.encode(next));
        audit.record(Action.UPDATE, UserAdministration.ENTITY, me.id(), null, "own password changed", null,
                Map.of("passwordChanged", true));
    }

    List<ApiTokens.TokenInfo> tokens() {
        return tokens.listFor(access.currentUser().id());
    }

    /** Creates a token and returns its secret: the only time anybody sees it. */
    @Transactional
    String createToken(String name) {
        CurrentUser me = access.currentUser();
        String n = UserRules.blankToNull(name);
        if (n == null || n.length() > 100) {
            throw InvalidInputException.of("tokenName", "access.account.tokenName.invalid");
        }
        String secret = tokens.create(me.id(), n);
        audit.record(Action.CREATE, TOKEN, me.id(), null, "API token \"" + n + "\" created", null, Map.of("name", n));
        return secret;
    }

    @Transactional
    void revokeToken(long id) {
        CurrentUser me = access.currentUser();
        if (!tokens.revoke(id, me.id())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.record(Action.UPDATE, TOKEN, id, null, "API token revoked", null, Map.of("revoked", true));
    }
}
