package org.epiguard.vaccination.internal;

import org.epiguard.access.Role;
import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;
import java.util.stream.Collectors;

/** "Danh sách chưa tiêm" in the navigation, for the roles that keep or follow the lists. */
@Configuration(proxyBeanMethods = false)
class OutreachShell {

    @Bean
    NavItem outreachNav() {
        Set<String> roles = OutreachPlaces.LIST_ROLES.stream().map(Role::name).collect(Collectors.toSet());
        return new NavItem(41, "/vaccination/outreach", "vaccination.outreach.nav", roles);
    }
}
