package org.epiguard.tracing.internal;

import org.epiguard.access.Role;
import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.stream.Collectors;

/** "Tiếp xúc" (contacts F1/F2) and "Ổ dịch" (clusters) in the main navigation, for those who trace or read contacts. */
@Configuration(proxyBeanMethods = false)
class ContactsNavigation {

    @Bean
    NavItem tracingContactsNav() {
        return new NavItem(37, "/tracing/contacts", "tracing.contacts.nav",
                ContactAccess.READ.stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }

    @Bean
    NavItem tracingClustersNav() {
        return new NavItem(38, "/tracing/clusters", "tracing.clusters.nav",
                ContactAccess.READ.stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }
}
