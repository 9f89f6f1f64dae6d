package org.epiguard.situation.internal;

import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.stream.Collectors;

/** "Bảng điều hành" (the command-centre dashboard) in the main navigation. */
@Configuration(proxyBeanMethods = false)
class DashboardNavigation {

    @Bean
    NavItem situationDashboardNav() {
        return new NavItem(58, "/situation/dashboard", "situation.nav.dashboard",
                DashboardRequest.READERS.stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
