package org.epiguard.isolation.internal;

import org.epiguard.access.Role;
import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.stream.Collectors;

/** "Cách ly" in the main navigation: the morning follow-up round, the releases of the day, the facilities. */
@Configuration(proxyBeanMethods = false)
class IsolationNavigation {

    @Bean
    NavItem isolationNav() {
        return new NavItem(50, "/isolation", "isolation.nav",
                IsolationAccess.READ.stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }

    @Bean
    NavItem isolationReleasesNav() {
        return new NavItem(51, "/isolation/releases", "isolation.releases.title",
                IsolationAccess.EPISODES.stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }

    @Bean
    NavItem isolationFacilitiesNav() {
        return new NavItem(52, "/isolation/facilities", "isolation.facilities.title",
                IsolationAccess.READ.stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }
}
