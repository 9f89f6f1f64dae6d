package org.epiguard.isolation.internal;

import org.epiguard.access.Role;
import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.stream.Collectors;

/** "Cách ly" in the main navigation: the morning follow-up round, for those who read episodes. */
@Configuration(proxyBeanMethods = false)
class IsolationNavigation {

    @Bean
    NavItem isolationNav() {
        return new NavItem(50, "/isolation", "isolation.nav",
                IsolationAccess.READ.stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }
}
