package org.epiguard.cases.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The investigation form of a case: rows of places, people met and household members (blank rows are left out). */
@Controller
@RequestMapping("/cases/{id}/investigation")
class InvestigationPages {

    /** Blank rows offered under each list of the form. */
    static final int BLANK_ROWS = 3;

    private final InvestigationEntry investigations;
    private final CaseViews views;
    private final CasePageSupport ui;

    InvestigationPages(InvestigationEntry investigations, CaseViews views, CasePageSupport ui) {
        this.investigations = investigations;
        this.views = views;
        this.ui = ui;
    }

    @GetMapping
    String form(@PathVariable long id, Model model) {
        return page(id, model, Map.of());
    }

    @PostMapping
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        var input = new InvestigationEntry.InvestigationInput(form.getFirst("onsetDate"), form.get("symptoms"),
                form.getFirst("workplace"), longOrNull(form.getFirst("workplaceUnitId")), form.getFirst("notes"),
                rows(form, "places", at -> new InvestigationEntry.PlaceInput(form.getFirst(at + "visitedOn"),
                        form.getFirst(at + "place"), longOrNull(form.getFirst(at + "unitId")),
                        form.getFirst(at + "communeCode"), form.getFirst(at + "note"))),
                rows(form, "peopleMet", at -> person(form, at)), rows(form, "household", at -> person(form, at)));
        try {
            investigations.save(id, input);
            return "redirect:/cases/" + id + "/investigation";
        } catch (InvalidCaseInput e) {
            return page(id, model, ui.errors(e));
        }
    }

    private static InvestigationEntry.PersonInput person(MultiValueMap<String, String> form, String at) {
        String birth = form.getFirst(at + "birthYear");
        Integer year = null;
        if (birth != null && !birth.isBlank()) {
            try {
                year = Integer.valueOf(birth.strip());
            } catch (NumberFormatException e) {
                year = -1;
            }
        }
        return new InvestigationEntry.PersonInput(form.getFirst(at + "metOn"), longOrNull(form.getFirst(at + "personId")),
                form.getFirst(at + "fullName"), year, form.getFirst(at + "phone"), form.getFirst(at + "relation"),
                form.getFirst(at + "place"));
    }

    /** The rows list[0], list[1], ... of the form that have anything typed in, renumbered. */
    private static <T> List<T> rows(MultiValueMap<String, String> form, String list, Function<String, T> row) {
        List<T> out = new ArrayList<>();
        for (int i = 0; ; i++) {
            String at = list + "[" + i + "].";
            var keys = form.keySet().stream().filter(k -> k.startsWith(at)).toList();
            if (keys.isEmpty()) {
                return out;
            }
            boolean typed = keys.stream().anyMatch(k -> form.get(k).stream().anyMatch(v -> v != null && !v.isBlank()));
            if (typed) {
                out.add(row.apply(at));
            }
        }
    }

    private static Long longOrNull(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private String page(long id, Model model, Map<String, String> errors) {
        var view = investigations.view(id);
        model.addAttribute("c", views.detail(id).kase());
        model.addAttribute("view", view);
        model.addAttribute("ui", ui);
        model.addAttribute("symptomChoices", Symptom.values());
        model.addAttribute("blankRows", BLANK_ROWS);
        model.addAttribute("errors", errors);
        return "cases/investigation";
    }
}
