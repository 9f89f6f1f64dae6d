package org.epiguard.situation.internal;

import org.epiguard.access.AccessContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The rule sets with their thresholds, matrix and sources; the administrator writes a new version
 * from one (edited values, effective date) and sets how districts are assessed. Measures by level too.
 */
@Controller
@RequestMapping("/situation")
class RulePages {

    private final RuleBook rules;
    private final SituationSettings settings;
    private final Measures measures;
    private final AccessContext access;

    RulePages(RuleBook rules, SituationSettings settings, Measures measures, AccessContext access) {
        this.rules = rules;
        this.settings = settings;
        this.measures = measures;
        this.access = access;
    }

    @GetMapping("/rules")
    String rules(Model model) {
        model.addAttribute("rules", rules.all());
        model.addAttribute("derivation", settings.districtDerivation());
        model.addAttribute("derivations", SituationSettings.DistrictDerivation.values());
        model.addAttribute("share", settings.districtShare());
        model.addAttribute("isAdmin", access.currentUser().isAdmin());
        return "situation/rules";
    }

    /** Form fields: effectiveFrom, note, "t.&lt;key&gt;" per threshold, "m.&lt;band&gt;:&lt;RESPONSE&gt;" per matrix cell. */
    @PostMapping("/rules/{id}/versions")
    String newVersion(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        access.requireAdmin();
        RuleSet base = rules.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, BigDecimal> values = new HashMap<>();
        Map<String, Integer> cells = new HashMap<>();
        try {
            for (var e : form.entrySet()) {
                if (e.getKey().startsWith("t.")) {
                    String key = e.getKey().substring(2);
                    try {
                        values.put(key, new BigDecimal(e.getValue().trim().replace(',', '.')));
                    } catch (NumberFormatException ex) {
                        throw new InvalidField(key, "'" + e.getValue() + "' is not a number");
                    }
                } else if (e.getKey().startsWith("m.")) {
                    try {
                        cells.put(e.getKey().substring(2), Integer.parseInt(e.getValue().trim()));
                    } catch (NumberFormatException ex) {
                        throw new InvalidField("matrix." + e.getKey().substring(2), "a level is 1, 2, 3 or 4");
                    }
                }
            }
            String from = form.get("effectiveFrom");
            if (from == null || from.isBlank()) {
                throw new InvalidField("effectiveFrom", "the effective date is required");
            }
            rules.newVersion(base, Dates.parse("effectiveFrom", from), values, cells, form.get("note"),
                    access.currentUser().username());
        } catch (InvalidField e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/situation/rules";
    }

    @PostMapping("/rules/settings")
    String setting(@RequestParam String derivation, @RequestParam String share, RedirectAttributes redirect) {
        access.requireAdmin();
        try {
            settings.setDistrictDerivation(SituationSettings.DistrictDerivation.valueOf(derivation), share,
                    access.currentUser().username());
        } catch (InvalidField e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/situation/rules";
    }

    @GetMapping("/measures")
    String measures(Model model) {
        model.addAttribute("measures", measures.all());
        model.addAttribute("isAdmin", access.currentUser().isAdmin());
        return "situation/measures";
    }

    @PostMapping("/measures")
    String saveMeasure(@RequestParam(required = false) Long id, @RequestParam(required = false) String level,
                       @RequestParam(required = false) String topic, @RequestParam(required = false) String measure,
                       RedirectAttributes redirect) {
        access.requireAdmin();
        try {
            measures.save(id, level, topic, measure, access.currentUser().username());
        } catch (InvalidField e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/situation/measures";
    }
}
