package org.epiguard.situation.internal;

import org.epiguard.access.Role;
import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** "Cấp độ dịch" and "Báo cáo tình hình" in the main navigation. */
@Configuration(proxyBeanMethods = false)
class SituationNavigation {

    private static final Set<String> AREA_ROLES = Set.of(Role.PROVINCE_COMMITTEE.name(), Role.DISTRICT_COMMAND.name(),
            Role.COMMUNE_HEALTH_STATION.name(), Role.COMMUNITY_TEAM.name(), Role.SYSTEM_ADMIN.name());

    @Bean
    NavItem situationLevelsNav() {
        return new NavItem(60, "/situation/levels", "situation.nav.levels", AREA_ROLES);
    }

    @Bean
    NavItem situationReportNav() {
        return new NavItem(61, "/situation/report", "situation.nav.report", Set.of(Role.PROVINCE_COMMITTEE.name(),
                Role.DISTRICT_COMMAND.name(), Role.SYSTEM_ADMIN.name()));
    }
}
