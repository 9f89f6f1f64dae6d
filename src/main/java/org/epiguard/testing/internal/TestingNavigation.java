package org.epiguard.testing.internal;

import org.epiguard.access.Role;
import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.stream.Collectors;

/** "Xét nghiệm" in the main navigation, for those who enter or read test results. */
@Configuration(proxyBeanMethods = false)
class TestingNavigation {

    @Bean
    NavItem testingNav() {
        return new NavItem(30, "/testing", "testing.nav",
                TestingAccess.READ.stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }
}
