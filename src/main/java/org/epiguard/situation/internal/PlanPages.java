package org.epiguard.situation.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.AccessContext;
import org.epiguard.platform.web.XlsxExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The planning page (a form that htmx answers with the plan), and the plan as an XLSX workbook. */
@Controller
@RequestMapping("/situation/plan")
class PlanPages {

    private final Plans plans;
    private final AccessContext access;
    private final MessageSource messages;

    PlanPages(Plans plans, AccessContext access, MessageSource messages) {
        this.plans = plans;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam Map<String, String> params, Model model) {
        fill(params, model);
        return "situation/plan";
    }

    /** The form and the plan without the page around them, for htmx. */
    @GetMapping("/result")
    String result(@RequestParam Map<String, String> params, Model model) {
        fill(params, model);
        return "situation/plan :: body";
    }

    private void fill(Map<String, String> params, Model model) {
        var user = access.currentUser();
        model.addAttribute("params", params);
        model.addAttribute("presets", Plans.PRESETS);
        model.addAttribute("ratioKeys", List.copyOf(PlanRequest.BOUNDS.keySet()));
        Map<String, String> values = new java.util.HashMap<>();
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> query.append(query.isEmpty() ? "" : "&").append(encode(k)).append('=').append(encode(v)));
        model.addAttribute("exportQuery", query.toString());
        model.addAttribute("ratioValues", values);
        try {
            Plans.Plan plan = plans.plan(user, params);
            plan.ratios().forEach(r -> values.put(r.key(), r.value().stripTrailingZeros().toPlainString()));
            model.addAttribute("plan", plan);
        } catch (InvalidField e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.field());
        }
    }

    @GetMapping("/export.xlsx")
    public void xlsx(@RequestParam Map<String, String> params, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Plans.Plan plan = plans.plan(access.currentUser(), params);
        List<String> headers = new ArrayList<>(List.of(text("situation.plan.district", locale), "F0"));
        for (var r : PlanArithmetic.Resource.values()) {
            String name = text("situation.plan.resource." + r, locale);
            headers.addAll(List.of(name + " – " + text("situation.plan.need", locale),
                    name + " – " + text("situation.plan.have", locale), name + " – " + text("situation.plan.gap", locale)));
        }
        XlsxExport.send(response, "ke-hoach-" + plan.f0() + "-f0-" + plan.unitCode(), "plan", headers, x -> {
            for (var d : plan.districts()) {
                x.row(cells(d.name(), d.f0(), d.lines()));
            }
            x.row(cells(text("situation.plan.total", locale), plan.f0(), plan.total()));
            x.row();
            x.row(text("situation.plan.ratio", locale), text("situation.plan.value", locale),
                    text("situation.plan.source", locale), text("situation.plan.sample", locale),
                    text("situation.plan.basis", locale));
            for (var r : plan.ratios()) {
                x.row(text("situation.plan.ratio." + r.key(), locale), r.value(),
                        text("situation.plan.source." + r.source(), locale), r.sample(), r.basis());
            }
            x.row();
            x.row(text("situation.plan.scenario", locale), text("situation.plan.reach", locale),
                    text("situation.plan.reachDate", locale));
            for (var s : plan.trend().scenarios()) {
                x.row(s.f0(), text("situation.plan.reach." + s.reach(), locale), s.date());
            }
        });
    }

    private static Object[] cells(String name, long f0, List<Plans.Line> lines) {
        List<Object> row = new ArrayList<>(List.of(name, f0));
        for (var l : lines) {
            row.add(l.need());
            row.add(l.have());
            row.add(l.gap());
        }
        return row.toArray();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
