package org.epiguard.geo.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.ScopeLevel;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.OrgUnitType;
import org.epiguard.platform.web.ListPage;
import org.epiguard.platform.web.ListQuery;
import org.epiguard.platform.web.XlsxExport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The organisation units list (filters, paging, sorting, XLSX export) and its form. */
@Controller
class OrgUnitController {

    private final AccessContext access;
    private final OrgUnitRepository units;
    private final OrgUnitService service;
    private final VillageRepository villages;
    private final GeoDirectory directory;
    private final AuditTrail audit;
    private final Messages messages;

    OrgUnitController(AccessContext access, OrgUnitRepository units, OrgUnitService service, VillageRepository villages,
                      GeoDirectory directory, AuditTrail audit, Messages messages) {
        this.access = access;
        this.units = units;
        this.service = service;
        this.villages = villages;
        this.directory = directory;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/geo/org-units")
    String list(OrgUnitFilter filter, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        CurrentUser me = access.currentUser();
        var query = ListQuery.of(page, 50, sort, dir, OrgUnitFilter.SORTABLE, "name");
        model.addAttribute("filter", filter);
        model.addAttribute("page", new ListPage<>(units.page(me.viewScope(), filter, query),
                units.count(me.viewScope(), filter), query));
        model.addAttribute("types", OrgUnitType.values());
        model.addAttribute("districts", directory.districtsIn(me.viewScope()));
        model.addAttribute("communes", communeChoices(me, filter.district()));
        model.addAttribute("canCreate", me.captureScope().level() != ScopeLevel.UNIT);
        return "geo/org-units";
    }

    @GetMapping("/geo/org-units/export.xlsx")
    void export(OrgUnitFilter filter, HttpServletResponse response) throws IOException {
        CurrentUser me = access.currentUser();
        List<String> headers = List.of("id", messages.get("geo.orgUnit.type"), messages.get("geo.orgUnit.name"),
                messages.get("geo.orgUnit.address"), messages.get("geo.orgUnit.capacity"), messages.get("geo.orgUnit.phone"),
                messages.get("geo.units.code"), messages.get("geo.commune"), messages.get("geo.village.name"),
                messages.get("geo.orgUnit.active"));
        int[] count = {0};
        XlsxExport.send(response, "don-vi", "đơn vị", headers, x -> units.each(me.viewScope(), filter, u -> {
            count[0]++;
            x.row(u.id(), messages.get(u.type().labelKey()), u.name(), u.address(), u.capacity(), u.phone(),
                    u.communeCode(), u.communeName(), u.villageName(), u.active() ? messages.get("common.yes")
                            : messages.get("common.no"));
        }));
        audit.record(AuditTrail.Action.EXPORT, "geo_org_unit", null, null,
                "organisation units export: " + count[0] + " rows, filter " + filter, null, null);
    }

    @GetMapping("/geo/org-units/new")
    String createForm(@RequestParam(required = false) String commune, Model model) {
        return form(OrgUnitForm.empty(commune), null, Map.of(), model);
    }

    @PostMapping("/geo/org-units")
    String create(OrgUnitForm form, Model model, RedirectAttributes redirect) {
        try {
            var u = service.create(form);
            redirect.addFlashAttribute("notice", messages.get("geo.orgUnit.saved", u.name()));
            return "redirect:/geo/org-units/" + u.id() + "/edit";
        } catch (InvalidInput e) {
            return form(form, null, messages.byField(e), model);
        }
    }

    @GetMapping("/geo/org-units/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        var u = service.visible(id);
        return form(u.asForm(), u, Map.of(), model);
    }

    @PostMapping("/geo/org-units/{id}")
    String update(@PathVariable long id, OrgUnitForm form, Model model, RedirectAttributes redirect) {
        try {
            var u = service.update(id, form);
            redirect.addFlashAttribute("notice", messages.get("geo.orgUnit.saved", u.name()));
            return "redirect:/geo/org-units/" + id + "/edit";
        } catch (InvalidInput e) {
            return form(form, service.visible(id), messages.byField(e), model);
        }
    }

    @PostMapping("/geo/org-units/{id}/active")
    String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        var u = service.setActive(id, active);
        redirect.addFlashAttribute("notice", messages.get(active ? "geo.orgUnit.activated" : "geo.orgUnit.deactivated",
                u.name()));
        return "redirect:/geo/org-units/" + id + "/edit";
    }

    /** The village choices of a commune of the user's capture scope (htmx swaps them into the form). */
    @GetMapping("/geo/org-units/village-options")
    String villageOptions(@RequestParam(required = false) String commune, Model model) {
        CurrentUser me = access.currentUser();
        boolean capturable = commune != null && directory.communeLocation(commune.strip()).map(me::canCapture).orElse(false);
        model.addAttribute("villages", capturable ? villages.inCommune(commune.strip()) : List.of());
        model.addAttribute("form", OrgUnitForm.empty(commune));
        return "geo/org-unit-form :: villageOptions";
    }

    /** The communes to filter by: those of the view scope, narrowed to the chosen district. */
    private List<AdminUnit> communeChoices(CurrentUser me, String district) {
        if (me.viewScope().level() == ScopeLevel.UNIT) {
            return List.of();
        }
        var all = directory.communesIn(me.viewScope());
        if (district == null || district.isBlank()) {
            return all;
        }
        return all.stream().filter(c -> district.strip().equals(c.districtCode())).toList();
    }

    private String form(OrgUnitForm form, OrgUnitDetail unit, Map<String, String> errors, Model model) {
        CurrentUser me = access.currentUser();
        model.addAttribute("form", form);
        model.addAttribute("unit", unit);
        model.addAttribute("errors", errors);
        model.addAttribute("types", OrgUnitType.values());
        List<AdminUnit> communes = me.captureScope().level() == ScopeLevel.UNIT && unit != null
                ? directory.unit(unit.communeCode()).stream().toList() : directory.communesIn(me.captureScope());
        model.addAttribute("communes", communes);
        String commune = form.commune() == null ? "" : form.commune().strip();
        boolean known = communes.stream().anyMatch(c -> c.code().equals(commune));
        model.addAttribute("villages", known ? villages.inCommune(commune) : List.of());
        model.addAttribute("canEdit", unit == null ? me.captureScope().level() != ScopeLevel.UNIT
                : me.canCapture(unit.location()));
        return "geo/org-unit-form";
    }
}
