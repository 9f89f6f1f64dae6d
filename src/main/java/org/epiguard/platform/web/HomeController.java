package org.epiguard.platform.web;

import org.epiguard.access.AccessContext;
import org.epiguard.geo.GeoDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/** The overview page every user lands on after signing in, and the login page. */
@Controller
class HomeController {

    private final AccessContext access;
    private final GeoDirectory geo;
    private final List<HomeTile> tiles;

    HomeController(AccessContext access, GeoDirectory geo, List<HomeTile> tiles) {
        this.access = access;
        this.geo = geo;
        this.tiles = tiles;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        var me = access.currentUser();
        model.addAttribute("viewScope", geo.describe(me.viewScope()));
        model.addAttribute("captureScope", geo.describe(me.captureScope()));
        model.addAttribute("tiles", tiles.stream().map(t -> t.render(me)).toList());
        return "home";
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Nav {
        @Bean
        NavItem homeNav() {
            return NavItem.forAll(0, "/", "nav.home");
        }
    }
}
