package org.epiguard.people.internal;

import org.epiguard.people.PeopleDirectory;
import org.epiguard.platform.web.HomeTile;
import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.text.NumberFormat;
import java.util.Locale;

/** The registry's entry in the navigation and its figure on the overview page. */
@Configuration(proxyBeanMethods = false)
class PeopleShell {

    @Bean
    NavItem peopleNav() {
        return NavItem.forAll(10, "/people", "people.nav");
    }

    @Bean
    HomeTile peopleInScope(PeopleDirectory directory) {
        return user -> new HomeTile.Rendered("home.peopleInScope",
                NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(directory.countInScope(user.viewScope())),
                "/people");
    }
}
