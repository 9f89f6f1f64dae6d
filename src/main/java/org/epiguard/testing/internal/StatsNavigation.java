package org.epiguard.testing.internal;

import org.epiguard.access.Role;
import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.stream.Collectors;

/** "Thống kê xét nghiệm" in the main navigation: the testing situation, waiting samples, people tested, kits. */
@Configuration(proxyBeanMethods = false)
class StatsNavigation {

    @Bean
    NavItem testingStatsNav() {
        return new NavItem(31, "/testing/stats", "testing.stats.nav",
                TestingAccess.READ.stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }
}
