package org.epiguard.access.internal;

import org.epiguard.access.AuditTrail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * Form login against access_user. Repeated failures slow the account down: after the 3rd
 * failure in a row every attempt is refused until a growing wait has passed, without even
 * checking the password, so guessing costs minutes instead of milliseconds.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** Compared against when the user does not exist, so that timing does not reveal usernames. */
    private final String dummyHash;

    private final UserAccounts users;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    ThrottledAuthenticationProvider(UserAccounts users, PasswordEncoder encoder, AuditTrail audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.dummyHash = encoder.encode("no such user");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getName()).trim().toLowerCase();
        String password = String.valueOf(authentication.getCredentials());
        var account = users.byUsername(username).orElse(null);
        if (account == null) {
            encoder.matches(password, dummyHash);
            throw new BadCredentialsException("bad credentials");
        }
        if (account.lockedUntil() != null && account.lockedUntil().isAfter(Instant.now())) {
            long wait = Math.max(1, Duration.between(Instant.now(), account.lockedUntil()).toSeconds());
            throw new LockedException("too many failed logins; try again in " + wait + " s");
        }
        if (!encoder.matches(password, account.passwordHash())) {
            users.recordFailure(account.id());
            audit.record(account.id(), account.username(), AuditTrail.Action.LOGIN_FAILED, "user", account.id(),
                    null, "failed login", null, null);
            throw new BadCredentialsException("bad credentials");
        }
        if (!account.enabled()) {
            throw new DisabledException("account disabled");
        }
        users.recordSuccess(account.id());
        var principal = new EpiUserPrincipal(account.toCurrentUser());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
