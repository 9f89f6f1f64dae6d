package org.epiguard.geo.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.ScopeLevel;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.VillageType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/** The villages page of a commune: list, and for its commune users create, rename, delete, paste a list. */
@Controller
class VillageController {

    private final AccessContext access;
    private final VillageRepository villages;
    private final VillageService service;
    private final GeoDirectory directory;
    private final Messages messages;

    VillageController(AccessContext access, VillageRepository villages, VillageService service, GeoDirectory directory,
                      Messages messages) {
        this.access = access;
        this.villages = villages;
        this.service = service;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/geo/villages")
    String list(@RequestParam(required = false) String commune, Model model) {
        CurrentUser me = access.currentUser();
        if ((commune == null || commune.isBlank()) && me.viewScope().level() == ScopeLevel.COMMUNE) {
            commune = me.viewScope().code();
        }
        model.addAttribute("communes", directory.communesIn(me.viewScope()));
        model.addAttribute("types", VillageType.values());
        if (commune == null || commune.isBlank()) {
            return "geo/villages";
        }
        var loc = service.viewableCommune(commune);
        model.addAttribute("commune", directory.unit(commune).orElseThrow());
        model.addAttribute("villages", villages.list(me.viewScope(), commune));
        model.addAttribute("canKeep", VillageService.mayKeep(me) && me.canCapture(loc));
        model.mergeAttributes(Map.of("form", new VillageForm(commune, VillageType.THON, "")));
        model.mergeAttributes(Map.of("errors", Map.of()));
        return "geo/villages";
    }

    @PostMapping("/geo/villages")
    String create(VillageForm form, Model model, RedirectAttributes redirect) {
        try {
            var v = service.create(form);
            redirect.addFlashAttribute("notice", messages.get("geo.village.created", v.fullName()));
            return "redirect:/geo/villages?commune=" + v.communeCode();
        } catch (InvalidInput e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", messages.byField(e));
            return list(form.commune(), model);
        }
    }

    @PostMapping("/geo/villages/bulk")
    String bulk(@RequestParam String commune, @RequestParam(required = false) VillageType defaultType,
                @RequestParam(required = false) String lines, RedirectAttributes redirect) {
        var result = service.createAll(commune, defaultType, lines);
        redirect.addFlashAttribute("notice", messages.get("geo.village.bulkDone", result.created().size(),
                result.existing().size()));
        redirect.addFlashAttribute("lineErrors", result.problems().stream()
                .map(p -> messages.get("geo.village.line", p.field(), messages.get(p.messageKey(), p.args()))).toList());
        return "redirect:/geo/villages?commune=" + commune;
    }

    @GetMapping("/geo/villages/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        var v = service.visible(id);
        model.addAttribute("village", v);
        model.addAttribute("types", VillageType.values());
        model.mergeAttributes(Map.of("form", new VillageForm(v.communeCode(), v.type(), v.name())));
        model.mergeAttributes(Map.of("errors", Map.of()));
        return "geo/village-edit";
    }

    @PostMapping("/geo/villages/{id}")
    String rename(@PathVariable long id, VillageForm form, Model model, RedirectAttributes redirect) {
        try {
            var v = service.rename(id, form.type(), form.name());
            redirect.addFlashAttribute("notice", messages.get("geo.village.saved", v.fullName()));
            return "redirect:/geo/villages?commune=" + v.communeCode();
        } catch (InvalidInput e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", messages.byField(e));
            return edit(id, model);
        }
    }

    @PostMapping("/geo/villages/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        var v = service.visible(id);
        try {
            service.delete(id);
            redirect.addFlashAttribute("notice", messages.get("geo.village.deleted", v.fullName()));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", messages.byField(e).values().iterator().next());
        }
        return "redirect:/geo/villages?commune=" + v.communeCode();
    }
}
