package org.epiguard.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Authenticates {@code Authorization: Bearer eg_…} requests by their API token. */
class ApiTokenFilter extends OncePerRequestFilter {

    private final UserAccounts users;

    ApiTokenFilter(UserAccounts users) {
        this.users = users;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasBearer(request)) {
            String secret = request.getHeader("Authorization").substring(7).trim();
            var account = users.byTokenHash(ApiTokens.hash(secret));
            if (account.isEmpty()) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "invalid API token");
                return;
            }
            var principal = new EpiUserPrincipal(account.get().toCurrentUser());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    principal.getAuthorities()));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
