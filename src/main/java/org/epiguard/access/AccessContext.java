package org.epiguard.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/** Who is asking: the signed-in user of the current request. */
@Component
public class AccessContext {

    /** The current user; a request without one never reaches a module (Spring Security). */
    public CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof HasCurrentUser p) {
            return p.currentUser();
        }
        throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
    }

    /** Refuses, as if the record did not exist, a record outside the user's view scope. */
    public void requireView(Location loc) {
        if (!currentUser().canView(loc)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** Refuses a write outside the user's capture scope. */
    public void requireCapture(Location loc) {
        if (!currentUser().canCapture(loc)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "outside your capture scope");
        }
    }

    public void requireAdmin() {
        if (!currentUser().isAdmin()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /** Implemented by the principal objects that the access module puts in the security context. */
    public interface HasCurrentUser {
        CurrentUser currentUser();
    }
}
