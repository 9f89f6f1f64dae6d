package org.epiguard.vaccination.internal;

import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.stream.Collectors;

/** "Lao động ngoại tỉnh" in the main navigation, for the roles that keep or read the lists. */
@Configuration(proxyBeanMethods = false)
class WorkerNavigation {

    @Bean
    NavItem vaccinationWorkersNav() {
        return new NavItem(43, "/vaccination/workers", "vaccination.nav.workers",
                WorkerEnterprises.VIEW_ROLES.stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
