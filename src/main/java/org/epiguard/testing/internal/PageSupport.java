package org.epiguard.testing.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.ScopeLevel;
import org.epiguard.access.Scope;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.OrgUnit;
import org.epiguard.geo.OrgUnits;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the testing pages share: the problems of a refused input by field, the units to choose from, names. */
@Component
class PageSupport {

    private final MessageSource messages;
    private final OrgUnits orgUnits;
    private final GeoDirectory geo;

    PageSupport(MessageSource messages, OrgUnits orgUnits, GeoDirectory geo) {
        this.messages = messages;
        this.orgUnits = orgUnits;
        this.geo = geo;
    }

    /** Each field's messages in the reader's language, joined (a pool's member barcodes share one box). */
    Map<String, String> errors(InvalidTestingInput e) {
        Map<String, String> byField = new LinkedHashMap<>();
        var locale = LocaleContextHolder.getLocale();
        e.problems().forEach(p -> {
            String field = p.field().replaceAll("\\[\\d+]$", "");
            String message = messages.getMessage(p.messageKey(), p.args().toArray(), p.code(), locale);
            byField.merge(field, message, (a, b) -> a + " " + b);
        });
        return byField;
    }

    /** The units a user works in (collecting units, places) and the labs of their province. */
    void units(Model model, CurrentUser user) {
        model.addAttribute("units", orgUnits.inScope(user.viewScope()));
        model.addAttribute("labs", labsOf(user));
    }

    List<OrgUnit> labsOf(CurrentUser user) {
        String province = provinceOf(user.viewScope());
        if (province == null) {
            return List.of();
        }
        return orgUnits.inScope(Scope.of("PROVINCE", province)).stream()
                .filter(u -> UnitChecks.LABS.contains(u.type())).toList();
    }

    private String provinceOf(Scope scope) {
        if (scope.level() == ScopeLevel.UNIT) {
            return orgUnits.find(Long.parseLong(scope.code())).map(u -> u.location().provinceCode()).orElse(null);
        }
        if (scope.level() == ScopeLevel.NATION) {
            return null;
        }
        return geo.unit(scope.code()).map(u -> u.provinceCode() == null ? u.code() : u.provinceCode()).orElse(null);
    }

    /** "Phường Bãi Cháy" (for the pages). */
    public String communeName(String code) {
        return geo.name(code);
    }

    /** dd/MM/yyyy HH:mm in the business time zone (for the pages). */
    public String time(java.time.Instant time) {
        return Fields.show(time);
    }
}
