package org.epiguard.situation.internal;

import org.epiguard.access.Role;
import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** "Kế hoạch N F0" in the main navigation, for those who may plan. */
@Configuration(proxyBeanMethods = false)
class PlanNavigation {

    @Bean
    NavItem situationPlanNav() {
        return new NavItem(62, "/situation/plan", "situation.nav.plan", Set.of(Role.PROVINCE_COMMITTEE.name(),
                Role.DISTRICT_COMMAND.name(), Role.SYSTEM_ADMIN.name()));
    }
}
