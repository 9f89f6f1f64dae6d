package org.epiguard.isolation.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The personal follow-up pages ({@code /follow/<token>}) need no account: the token in the address is the
 * only key and reaches one episode, so they run in their own chain, without a session and without the
 * cookie-based CSRF token (no ambient credential to forge with).
 */
@Configuration(proxyBeanMethods = false)
class PersonalLinkSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain personalFollowUpLinks(HttpSecurity http) throws Exception {
        http.securityMatcher(PersonalLinks.PATH + "**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
