package org.epiguard.vaccination.internal;

import org.epiguard.access.Role;
import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/**
 * "Tiêm chủng" in the main navigation: the vaccination module's entry page is coverage; the other
 * vaccination pages (doses, outreach lists) add their own entries.
 */
@Configuration(proxyBeanMethods = false)
class CoverageNavigation {

    @Bean
    NavItem vaccinationCoverageNav() {
        return new NavItem(40, "/vaccination/coverage", "vaccination.nav.coverage", Set.of(
                Role.PROVINCE_COMMITTEE.name(), Role.DISTRICT_COMMAND.name(), Role.COMMUNE_HEALTH_STATION.name(),
                Role.COMMUNITY_TEAM.name(), Role.SYSTEM_ADMIN.name()));
    }
}
