package org.epiguard.tracing.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.cases.TracedCases;
import org.epiguard.platform.web.NavItem;
import org.epiguard.platform.web.XlsxExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The check-in pages of tracing: the cases of the last 14 days in the user's scope with a link to
 * their F1 candidates, and a case's candidates with the one action that confirms them as contacts.
 */
@Controller
class CandidatePages {

    static final CheckinTimes TIMES = new CheckinTimes();

    private final AccessContext access;
    private final TracedCases cases;
    private final CandidateLists candidates;
    private final MessageSource messages;
    private final AuditTrail audit;

    CandidatePages(AccessContext access, TracedCases cases, CandidateLists candidates, MessageSource messages,
                   AuditTrail audit) {
        this.access = access;
        this.cases = cases;
        this.candidates = candidates;
        this.messages = messages;
        this.audit = audit;
    }

    @Bean
    static NavItem checkinNav() {
        return new NavItem(50, "/tracing/checkins", "tracing.checkins.nav",
                CheckinAccess.TRACE_OR_SEND.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()));
    }

    @GetMapping("/tracing/checkins")
    String index(Model model) {
        CurrentUser user = CheckinAccess.require(CheckinAccess.TRACE_OR_SEND, access.currentUser());
        Instant now = Instant.now();
        model.addAttribute("cases", CheckinAccess.TRACE.contains(user.role())
                ? cases.confirmedBetween(user.viewScope(), now.minus(Duration.ofDays(14)), now.plusSeconds(60), 500)
                : List.of());
        model.addAttribute("mayImport", CheckinAccess.SEND.contains(user.role()));
        model.addAttribute("ui", TIMES);
        return "tracing/checkins";
    }

    @GetMapping("/tracing/cases/{caseId}/candidates")
    String candidates(@PathVariable long caseId, Model model) {
        model.addAttribute("list", candidates.of(caseId));
        model.addAttribute("ui", TIMES);
        return "tracing/candidates";
    }

    /** The candidates as a workbook (an audited export of personal data). */
    @GetMapping("/tracing/cases/{caseId}/candidates.xlsx")
    void export(@PathVariable long caseId, HttpServletResponse response) throws IOException {
        CandidateLists.CaseCandidates list = candidates.of(caseId);
        audit.record(AuditTrail.Action.EXPORT, "tracing_candidates", caseId, list.tracedCase().location(),
                "F1 candidates of case " + caseId + " exported (" + list.candidates().size() + " rows)", null, null);
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = List.of("person", "phone", "commune", "visits", "minutes", "venue", "at").stream()
                .map(k -> messages.getMessage("tracing.candidates." + k, null, locale)).toList();
        XlsxExport.send(response, "f1-check-in-" + caseId, messages.getMessage("tracing.candidates.title", null, locale),
                headers, x -> list.candidates().forEach(c -> x.row(c.fullName(), c.phone(), c.communeName(),
                        c.sharedVisits(), c.closestMinutes(), c.venueName(), TIMES.time(c.lastExposureAt()))));
    }

    @PostMapping("/tracing/cases/{caseId}/candidates/confirm")
    String confirm(@PathVariable long caseId, @RequestParam(name = "personId", required = false) List<Long> personIds,
                   RedirectAttributes redirect) {
        if (personIds == null || personIds.isEmpty()) {
            candidates.of(caseId);
            redirect.addAttribute("noneChosen", true);
            return "redirect:/tracing/cases/" + caseId + "/candidates";
        }
        CandidateLists.Confirmation done = candidates.confirm(caseId, personIds);
        redirect.addAttribute("confirmed", done.confirmed().size());
        return "redirect:/tracing/cases/" + caseId + "/candidates";
    }
}
