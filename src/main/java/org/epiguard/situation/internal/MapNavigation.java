package org.epiguard.situation.internal;

import org.epiguard.access.Role;
import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Bean;

import java.util.Set;

/** "Bản đồ cấp độ dịch" in the main navigation. */
@Configuration(proxyBeanMethods = false)
class MapNavigation {

    @Bean
    NavItem situationMapNav() {
        return new NavItem(59, "/situation/map", "situation.nav.map", Set.of(Role.PROVINCE_COMMITTEE.name(),
                Role.DISTRICT_COMMAND.name(), Role.COMMUNE_HEALTH_STATION.name(), Role.COMMUNITY_TEAM.name(),
                Role.SYSTEM_ADMIN.name()));
    }
}
