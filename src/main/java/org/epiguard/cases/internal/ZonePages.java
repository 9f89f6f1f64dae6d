package org.epiguard.cases.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/** Containment zones: the proposed ones to confirm (or adjust) and the active ones to lift, in the user's scope. */
@Controller
@RequestMapping("/cases/zones")
class ZonePages {

    private final CaseViews views;
    private final ZoneEntry entry;
    private final CasePageSupport ui;

    ZonePages(CaseViews views, ZoneEntry entry, CasePageSupport ui) {
        this.views = views;
        this.entry = entry;
        this.ui = ui;
    }

    @GetMapping
    String list(Model model) {
        return page(model, Map.of());
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) Long villageId, @RequestParam(required = false) String description,
                   @RequestParam(required = false) String startsOn, @RequestParam(required = false) String plannedEnd,
                   Model model) {
        try {
            entry.confirm(id, new ZoneEntry.ConfirmInput(kind, villageId, description, startsOn, plannedEnd));
            return "redirect:/cases/zones";
        } catch (InvalidCaseInput e) {
            return page(model, ui.errors(e));
        }
    }

    @PostMapping("/{id}/lift")
    String lift(@PathVariable long id, @RequestParam(required = false) String at, Model model) {
        try {
            entry.lift(id, new ZoneEntry.LiftInput(at));
            return "redirect:/cases/zones";
        } catch (InvalidCaseInput e) {
            return page(model, ui.errors(e));
        }
    }

    private String page(Model model, Map<String, String> errors) {
        model.addAttribute("ui", ui);
        model.addAttribute("proposed", views.zones(ZoneStatus.PROPOSED));
        model.addAttribute("active", views.zones(ZoneStatus.ACTIVE));
        model.addAttribute("kinds", ZoneKind.values());
        model.addAttribute("errors", errors);
        return "cases/zones";
    }
}
