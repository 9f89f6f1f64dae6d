package org.epiguard.testing.internal;

import org.epiguard.access.Role;
import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.stream.Collectors;

/** "Lô mẫu gửi xét nghiệm" in the main navigation, for labs, the sites that send them samples and the authorities. */
@Configuration(proxyBeanMethods = false)
class LabNavigation {

    @Bean
    NavItem labManifestsNav() {
        return new NavItem(33, "/testing/manifests", "testing.lab.nav",
                TestingAccess.ENTRY.stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }
}
