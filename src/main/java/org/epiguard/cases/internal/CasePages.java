package org.epiguard.cases.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.cases.CaseStatus;
import org.epiguard.platform.web.XlsxExport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The case list (with its XLSX export) and the case page with its actions. */
@Controller
@RequestMapping("/cases")
class CasePages {

    private final CaseViews views;
    private final CaseEntry entry;
    private final CasePageSupport ui;

    CasePages(CaseViews views, CaseEntry entry, CasePageSupport ui) {
        this.views = views;
        this.entry = entry;
        this.ui = ui;
    }

    @ModelAttribute
    void shared(Model model) {
        model.addAttribute("ui", ui);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("risks", RiskGroup.values());
        model.addAttribute("watches", CaseList.Watch.values());
        model.addAttribute("symptomChoices", Symptom.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String commune,
                @RequestParam(required = false) String risk, @RequestParam(required = false) String watch,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        views.reader();
        model.addAttribute("status", status);
        model.addAttribute("commune", commune);
        model.addAttribute("risk", risk);
        model.addAttribute("watch", watch);
        try {
            model.addAttribute("result", views.list(CaseViews.filter(status, commune, risk, watch),
                    CaseViews.query(page, size, sort, dir)));
            model.addAttribute("errors", Map.of());
        } catch (InvalidCaseInput e) {
            model.addAttribute("errors", ui.errors(e));
        }
        return "cases/list";
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) String status, @RequestParam(required = false) String commune,
                @RequestParam(required = false) String risk, @RequestParam(required = false) String watch,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                HttpServletResponse response) throws IOException {
        var filter = CaseViews.filter(status, commune, risk, watch);
        var query = CaseViews.query(0, null, sort, dir);
        List<String> headers = Arrays.asList("cases.field.id", "cases.field.name", "cases.field.birthYear",
                "cases.field.age", "cases.field.phone", "cases.field.address", "cases.field.commune",
                "cases.field.status", "cases.field.confirmedAt", "cases.field.risk", "cases.field.watch",
                "cases.field.vaccination", "cases.field.imported", "cases.field.foundInQuarantine",
                "cases.field.sourceKnown").stream().map(ui::text).toList();
        XlsxExport.send(response, "ca-benh", "cases", headers, x -> views.export(filter, query, r -> x.row(r.id(),
                r.fullName(), r.birthYear(), r.age(), r.phone(), r.addressText(), ui.communeName(r.communeCode()),
                ui.text(r.status().labelKey()), ui.time(r.confirmedAt()),
                r.riskGroup() == null ? null : ui.text(r.riskGroup().labelKey()),
                r.watch() == null ? null : ui.text("cases.watch." + r.watch().name()),
                r.vaccinationStatus() == null ? null : ui.text("vaccination.status." + r.vaccinationStatus()),
                r.imported(), r.foundInQuarantine(), r.sourceKnown())));
    }

    @GetMapping("/new")
    String newCase(@RequestParam long personId, Model model) {
        return newCasePage(personId, model, Map.of());
    }

    @PostMapping("/new")
    String create(@RequestParam long personId, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String at, @RequestParam(required = false) String onsetDate,
                  @RequestParam(defaultValue = "false") boolean imported,
                  @RequestParam(defaultValue = "false") boolean foundInQuarantine, Model model) {
        try {
            long id = entry.create(new CaseEntry.NewCaseInput(personId, status, at, onsetDate, imported,
                    foundInQuarantine, null, null));
            return "redirect:/cases/" + id;
        } catch (InvalidCaseInput e) {
            return newCasePage(personId, model, ui.errors(e));
        }
    }

    private String newCasePage(long personId, Model model, Map<String, String> errors) {
        model.addAttribute("person", entry.personForNewCase(personId));
        model.addAttribute("errors", errors);
        return "cases/new";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return page(id, model, Map.of());
    }

    @PostMapping("/{id}/transition")
    String transition(@PathVariable long id, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String at, Model model) {
        return act(id, model, () -> entry.transition(id, new CaseEntry.TransitionInput(to, at)));
    }

    @PostMapping("/{id}/classification")
    String classify(@PathVariable long id, @RequestParam(defaultValue = "false") boolean imported,
                    @RequestParam(defaultValue = "false") boolean foundInQuarantine,
                    @RequestParam(required = false) String sourceKnown, Model model) {
        Boolean known = sourceKnown == null || sourceKnown.isBlank() ? null : Boolean.valueOf(sourceKnown);
        return act(id, model, () -> entry.classify(id, new CaseEntry.ClassificationInput(imported, foundInQuarantine, known)));
    }

    @PostMapping("/{id}/clinical")
    String clinical(@PathVariable long id, @RequestParam(required = false) List<String> symptoms,
                    @RequestParam(required = false) String spo2, Model model) {
        Integer value;
        try {
            value = spo2 == null || spo2.isBlank() ? null : Integer.valueOf(spo2.strip());
        } catch (NumberFormatException e) {
            return page(id, model, ui.errors(InvalidCaseInput.of("spo2", "UNKNOWN_VALUE", spo2)));
        }
        return act(id, model, () -> entry.clinical(id, new CaseEntry.ClinicalInput(symptoms, value)));
    }

    private String act(long id, Model model, Runnable action) {
        try {
            action.run();
            return "redirect:/cases/" + id;
        } catch (InvalidCaseInput e) {
            return page(id, model, ui.errors(e));
        }
    }

    private String page(long id, Model model, Map<String, String> errors) {
        CaseViews.CaseDetail detail = views.detail(id);
        model.addAttribute("c", detail.kase());
        model.addAttribute("zones", detail.zones());
        model.addAttribute("next", CaseEntry.NEXT.get(detail.kase().status()));
        model.addAttribute("errors", errors);
        return "cases/case";
    }
}
