package org.epiguard.isolation.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.platform.web.XlsxExport;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.ScopeLevel;
import org.epiguard.geo.GeoDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of the home follow-up: a commune's morning round (who is overdue, who has a test due or an
 * alert), an episode with its checks and the check form, and the person's own page behind their link.
 */
@Controller
class FollowUpPages {

    private final AccessContext access;
    private final EpisodeRepository episodes;
    private final FollowUp followUp;
    private final PersonalLinks links;
    private final GeoDirectory geo;
    private final MessageSource messages;
    private final AuditTrail audit;

    FollowUpPages(AccessContext access, EpisodeRepository episodes, FollowUp followUp, PersonalLinks links,
                  GeoDirectory geo, MessageSource messages, AuditTrail audit) {
        this.access = access;
        this.episodes = episodes;
        this.followUp = followUp;
        this.links = links;
        this.geo = geo;
        this.messages = messages;
        this.audit = audit;
    }

    /** A check as the form posts it. */
    record CheckForm(String date, BigDecimal temperature, Integer spo2, Integer breathingRate, List<String> symptoms,
                     String testKind, String testResult, String note) {

        FollowUp.CheckInput input() {
            return new FollowUp.CheckInput(date, temperature, spo2, breathingRate, symptoms, testKind, testResult, note);
        }
    }

    @GetMapping("/isolation")
    String round(@RequestParam(required = false) String on, @RequestParam(required = false) String commune, Model model) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.READ, user);
        LocalDate date = IsolationDates.parse(on).orElse(IsolationDates.today());
        String chosen = commune == null || commune.isBlank() ? null : commune;
        if (chosen == null && user.viewScope().level() == ScopeLevel.COMMUNE) {
            chosen = user.viewScope().code();
        }
        model.addAttribute("on", IsolationDates.show(date));
        model.addAttribute("commune", chosen);
        model.addAttribute("communes", geo.communesIn(user.viewScope()));
        model.addAttribute("lines", followUp.round(date, chosen, false));
        model.addAttribute("ui", this);
        return "isolation/round";
    }

    /** The round as an XLSX workbook (an audited export of personal data). */
    @GetMapping("/isolation/round.xlsx")
    void roundXlsx(@RequestParam(required = false) String on, @RequestParam(required = false) String commune,
                   HttpServletResponse response) throws java.io.IOException {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.READ, user);
        LocalDate date = IsolationDates.orToday("on", on);
        String chosen = commune == null || commune.isBlank() ? null : commune;
        List<FollowUp.RoundLine> lines = followUp.round(date, chosen, false);
        var locale = LocaleContextHolder.getLocale();
        List<String> headers = java.util.stream.Stream.of("isolation.round.person", "isolation.xlsx.birthYear",
                        "isolation.xlsx.phone", "isolation.releases.kind", "isolation.round.day", "isolation.round.tests",
                        "isolation.round.lastCheck", "isolation.round.overdue", "isolation.round.checked", "isolation.round.alert")
                .map(k -> messages.getMessage(k, null, k, locale)).toList();
        XlsxExport.send(response, "theo-doi-tai-nha", "round", headers, x -> lines.forEach(l -> x.row(l.personName(),
                l.birthYear(), l.phone(), messages.getMessage("isolation.kind." + l.kind(), null, locale), l.day(),
                l.testDaysToday().isEmpty() ? null : l.testDaysToday().getFirst(), l.lastCheck(), l.overdue(),
                l.checkedToday(), l.openAlert())));
        audit.record(AuditTrail.Action.EXPORT, "isolation_episode", null, null,
                "home follow-up round of " + IsolationDates.show(date) + " (" + lines.size() + " people) as XLSX", null,
                Map.of("episodeIds", lines.stream().map(FollowUp.RoundLine::episodeId).toList()));
    }

    @GetMapping("/isolation/episodes/{id}")
    String episode(@PathVariable long id, @RequestParam(required = false) String saved, Model model) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.READ, user);
        Episode e = episodes.find(user.viewScope(), id).orElseThrow(IsolationAccess::notFound);
        return episodePage(e, model, Map.of(), null, saved);
    }

    @PostMapping("/isolation/episodes/{id}/checks")
    String check(@PathVariable long id, CheckForm form, Model model) {
        try {
            FollowUp.CheckRow row = followUp.record(id, form.input());
            return row.alertId() != null ? episodeWithAlert(id, row, model)
                    : "redirect:/isolation/episodes/" + id + "?saved=" + row.date();
        } catch (InvalidIsolationInput e) {
            Episode episode = episodes.find(access.currentUser().viewScope(), id).orElseThrow(IsolationAccess::notFound);
            return episodePage(episode, model, errors(e), form, null);
        }
    }

    @PostMapping("/isolation/episodes/{id}/link")
    String link(@PathVariable long id, Model model) {
        PersonalLinks.Link link = links.issue(id);
        model.addAttribute("link", link.path());
        return episode(id, null, model);
    }

    private String episodeWithAlert(long id, FollowUp.CheckRow row, Model model) {
        model.addAttribute("danger", row);
        Episode e = episodes.get(id);
        return episodePage(e, model, Map.of(), null, row.date().toString());
    }

    private String episodePage(Episode e, Model model, Map<String, String> errors, CheckForm form, String saved) {
        model.addAttribute("episode", e);
        model.addAttribute("checks", followUp.checksOf(e.id()));
        model.addAttribute("testsToday", e.testDaysOn(IsolationDates.today()));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form == null ? new CheckForm(IsolationDates.show(IsolationDates.today()), null, null, null,
                List.of(), null, null, null) : form);
        model.addAttribute("saved", IsolationDates.parse(saved).map(IsolationDates::show).orElse(null));
        model.addAttribute("symptoms", Symptom.values());
        model.addAttribute("ui", this);
        return "isolation/episode";
    }

    @GetMapping(PersonalLinks.PATH + "{token}")
    String follow(@PathVariable String token, @RequestParam(required = false) String saved, Model model,
                  HttpServletResponse response) {
        return links.resolve(token).map(e -> followPage(e, token, model, Map.of(), null, saved))
                .orElseGet(() -> gone(response));
    }

    private static String gone(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "isolation/follow-gone";
    }

    @PostMapping(PersonalLinks.PATH + "{token}")
    String followCheck(@PathVariable String token, CheckForm form, Model model, HttpServletResponse response) {
        Episode e = links.resolve(token).orElse(null);
        if (e == null) {
            return gone(response);
        }
        try {
            FollowUp.CheckRow row = followUp.recordByPerson(e, form.input());
            if (row.alertId() != null) {
                model.addAttribute("danger", row);
            }
            return followPage(e, token, model, Map.of(), null, row.date().toString());
        } catch (InvalidIsolationInput problem) {
            return followPage(e, token, model, errors(problem), form, null);
        }
    }

    private String followPage(Episode e, String token, Model model, Map<String, String> errors, CheckForm form, String saved) {
        LocalDate today = IsolationDates.today();
        model.addAttribute("firstName", e.personName().substring(e.personName().lastIndexOf(' ') + 1));
        model.addAttribute("day", Math.max(1, e.dayOf(today)));
        model.addAttribute("until", IsolationDates.show(e.plannedEnd()));
        model.addAttribute("token", token);
        model.addAttribute("testsToday", e.testDaysOn(today));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form == null ? new CheckForm(IsolationDates.show(today), null, null, null, List.of(),
                null, null, null) : form);
        model.addAttribute("saved", IsolationDates.parse(saved).map(IsolationDates::show).orElse(null));
        model.addAttribute("symptoms", Symptom.values());
        model.addAttribute("ui", this);
        return "isolation/follow";
    }

    private Map<String, String> errors(InvalidIsolationInput e) {
        Map<String, String> byField = new LinkedHashMap<>();
        var locale = LocaleContextHolder.getLocale();
        e.problems().forEach(p -> byField.merge(p.field().replaceAll("\\[\\d+]$", ""),
                messages.getMessage(p.messageKey(), p.args().toArray(), p.code(), locale), (a, b) -> a + " " + b));
        return byField;
    }

    /** dd/MM/yyyy (for the pages). */
    public String date(LocalDate d) {
        return IsolationDates.show(d);
    }

    /** "Phường Bãi Cháy" (for the pages). */
    public String communeName(String code) {
        return geo.name(code);
    }

    /** The danger signs in the reader's language. */
    public String signs(List<String> codes) {
        var locale = LocaleContextHolder.getLocale();
        List<String> out = new ArrayList<>();
        for (String c : codes) {
            String key = c.equals("SPO2_LOW") || c.equals("BREATHING_FAST") ? "isolation.sign." + c : "isolation.symptom." + c;
            out.add(messages.getMessage(key, null, c, locale));
        }
        return String.join(", ", out);
    }
}
