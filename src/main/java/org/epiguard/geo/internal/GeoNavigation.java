package org.epiguard.geo.internal;

import org.epiguard.access.Role;
import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The geo module's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class GeoNavigation {

    @Bean
    NavItem geoUnitsNav() {
        return NavItem.forAll(80, "/geo/units", "geo.nav.units");
    }

    @Bean
    NavItem geoVillagesNav() {
        return new NavItem(81, "/geo/villages", "geo.nav.villages", Set.of(Role.PROVINCE_COMMITTEE.name(),
                Role.DISTRICT_COMMAND.name(), Role.COMMUNE_HEALTH_STATION.name(), Role.COMMUNITY_TEAM.name(),
                Role.SYSTEM_ADMIN.name()));
    }

    @Bean
    NavItem geoOrgUnitsNav() {
        return NavItem.forAll(82, "/geo/org-units", "geo.nav.orgUnits");
    }

    @Bean
    NavItem geoPopulationImportNav() {
        return new NavItem(83, "/geo/population/import", "geo.nav.populationImport",
                Set.of(Role.PROVINCE_COMMITTEE.name(), Role.SYSTEM_ADMIN.name()));
    }
}
