package org.epiguard.vaccination.internal;

import org.epiguard.access.Role;
import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The navigation entries of doses and products: "Nhập mũi tiêm" for the roles that import doses,
 * "Danh mục vắc xin" for the administrator, who keeps the catalogue (others reach it from the pages).
 */
@Configuration(proxyBeanMethods = false)
class DoseNavigation {

    @Bean
    NavItem doseImportNav() {
        return new NavItem(42, "/vaccination/doses/import", "vaccination.doses.import.nav",
                DoseImportJobs.IMPORTERS.stream().map(Role::name).collect(Collectors.toSet()));
    }

    @Bean
    NavItem vaccineProductsNav() {
        return new NavItem(45, "/vaccination/products", "vaccination.products.nav", Set.of(Role.SYSTEM_ADMIN.name()));
    }
}
