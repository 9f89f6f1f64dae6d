package org.epiguard.testing.internal;

import org.epiguard.access.Role;
import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.stream.Collectors;

/** "Nhập kết quả từ tệp" in the navigation, for those who enter results. */
@Configuration(proxyBeanMethods = false)
class ResultImportNavigation {

    @Bean
    NavItem testingResultImportNav() {
        return new NavItem(31, "/testing/results/import", "testing.import.nav",
                TestingAccess.ENTRY.stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }
}
