package org.epiguard.geo.internal;

import org.epiguard.access.Role;
import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** "Ranh giới đơn vị" (the boundary import) in the navigation, for administrators. */
@Configuration(proxyBeanMethods = false)
class BoundaryNavigation {

    @Bean
    NavItem geoBoundariesNav() {
        return new NavItem(84, "/geo/boundaries", "geo.nav.boundaries", Set.of(Role.SYSTEM_ADMIN.name()));
    }
}
