package org.epiguard.access.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.access.AccessContext;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.platform.web.ListQuery;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** User administration for machine clients and scripts; the same rules and scope as the pages. */
@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "Users (administration)", description = "Users, roles and scopes, for system administrators")
class UserAdminApi {

    record ScopeDto(String level, String code) {
        static ScopeDto of(Scope s) {
            return new ScopeDto(s.level().name(), s.code());
        }

        Scope toScope(String field, Problems problems) {
            return UserRules.scope(level, code, field, problems);
        }
    }

    record UserView(long id, String username, String fullName, Role role, ScopeDto captureScope, ScopeDto viewScope,
                    String phone, String email, boolean enabled, Instant lastLoginAt) {
        static UserView of(UserAccount a) {
            return new UserView(a.id(), a.username(), a.fullName(), a.role(), ScopeDto.of(a.captureScope()),
                    ScopeDto.of(a.viewScope()), a.phone(), a.email(), a.enabled(), a.lastLoginAt());
        }
    }

    record UserRequest(String username, String fullName, String role, ScopeDto captureScope, ScopeDto viewScope,
                       String phone, String email, Boolean enabled, String password) {
        UserDraft toDraft() {
            Problems problems = new Problems();
            Role r = null;
            try {
                r = role == null ? null : Role.valueOf(role.trim());
            } catch (IllegalArgumentException e) {
                problems.add("role", "access.user.role.unknown", role);
            }
            Scope c = captureScope == null ? null : captureScope.toScope("captureScope", problems);
            Scope v = viewScope == null ? null : viewScope.toScope("viewScope", problems);
            problems.throwIfAny();
            return new UserDraft(username, fullName, r, c, v, phone, email, enabled == null || enabled);
        }
    }

    record PasswordRequest(String password) {
    }

    record UserPage(List<UserView> rows, long total, int page, int size) {
    }

    private final AccessContext access;
    private final UserAdministration admin;
    private final UserList list;

    UserAdminApi(AccessContext access, UserAdministration admin, UserList list) {
        this.access = access;
        this.admin = admin;
        this.list = list;
    }

    @GetMapping
    @Operation(summary = "Users inside the administrator's view scope, paged and filtered")
    UserPage list(@RequestParam(required = false) String role, @RequestParam(required = false) String district,
                  @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                  @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                  @RequestParam(required = false) String dir) {
        access.requireAdmin();
        var query = ListQuery.of(page, size, sort, dir, UserList.SORTABLE, "username");
        var result = list.page(UserFilter.of(role, district, q), query, access.currentUser().viewScope());
        return new UserPage(result.rows().stream().map(UserView::of).toList(), result.total(), query.page(), query.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user (404 outside the administrator's scope)")
    UserView get(@PathVariable long id) {
        return UserView.of(admin.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Creates a user with a temporary password")
    UserView create(@RequestBody UserRequest request) {
        return UserView.of(admin.get(admin.create(request.toDraft(), request.password())));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes name, role, scopes, contact and whether the account is enabled")
    UserView update(@PathVariable long id, @RequestBody UserRequest request) {
        admin.update(id, request.toDraft());
        return UserView.of(admin.get(id));
    }

    @PostMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sets a temporary password chosen by the administrator")
    void resetPassword(@PathVariable long id, @RequestBody PasswordRequest request) {
        admin.resetPassword(id, request.password());
    }
}
