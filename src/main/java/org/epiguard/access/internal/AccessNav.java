package org.epiguard.access.internal;

import org.epiguard.access.Role;
import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The access module's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class AccessNav {

    @Bean
    NavItem usersNav() {
        return new NavItem(900, "/admin/users", "nav.users", Set.of(Role.SYSTEM_ADMIN.name()));
    }

    @Bean
    NavItem auditNav() {
        return new NavItem(910, "/admin/audit", "nav.audit", Set.of(Role.SYSTEM_ADMIN.name()));
    }

    @Bean
    NavItem accountNav() {
        return NavItem.forAll(990, "/account", "nav.account");
    }
}
