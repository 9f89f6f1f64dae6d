package org.epiguard.situation.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.epiguard.access.ScopeLevel;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Who may start a recomputation: the administrator anything, a provincial committee its own province. */
final class Recomputers {

    private Recomputers() {
    }

    static void require(CurrentUser user, String provinceCode) {
        if (user.isAdmin()) {
            return;
        }
        boolean ownProvince = user.role() == Role.PROVINCE_COMMITTEE && provinceCode != null
                && user.viewScope().level() == ScopeLevel.PROVINCE && user.viewScope().code().equals(provinceCode);
        if (!ownProvince) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
