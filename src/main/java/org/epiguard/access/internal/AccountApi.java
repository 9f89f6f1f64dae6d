package org.epiguard.access.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is: lets a machine client check its token and see its scopes. */
@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "Account", description = "The signed-in user or API client")
class AccountApi {

    record Me(long id, String username, String fullName, String role, UserAdminApi.ScopeDto captureScope,
              UserAdminApi.ScopeDto viewScope) {
    }

    private final AccessContext access;

    AccountApi(AccessContext access) {
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "The current user, their role and scopes")
    Me me() {
        CurrentUser u = access.currentUser();
        return new Me(u.id(), u.username(), u.fullName(), u.role().name(), UserAdminApi.ScopeDto.of(u.captureScope()),
                UserAdminApi.ScopeDto.of(u.viewScope()));
    }
}
