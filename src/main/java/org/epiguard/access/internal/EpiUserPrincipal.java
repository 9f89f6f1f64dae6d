package org.epiguard.access.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/** What the security context holds for a signed-in user; no password once authenticated. */
record EpiUserPrincipal(CurrentUser currentUser) implements UserDetails, AccessContext.HasCurrentUser, Serializable {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + currentUser.role().name()));
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }
}
