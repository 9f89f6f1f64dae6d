package org.epiguard.cases.internal;

import org.epiguard.access.Role;
import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.stream.Collectors;

/** "Ca bệnh" and "Vùng phong tỏa" in the main navigation, for those who read cases. */
@Configuration(proxyBeanMethods = false)
class CasesNavigation {

    @Bean
    NavItem casesNav() {
        return new NavItem(50, "/cases", "cases.nav",
                CasesAccess.READ.stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }

    @Bean
    NavItem zonesNav() {
        return new NavItem(51, "/cases/zones", "cases.zones.nav",
                CasesAccess.READ.stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }
}
