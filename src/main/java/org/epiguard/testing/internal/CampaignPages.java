package org.epiguard.testing.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.CurrentUser;
import org.epiguard.geo.OrgUnits;
import org.epiguard.people.Occupation;
import org.epiguard.platform.web.ListQuery;
import org.epiguard.platform.web.XlsxExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Screening campaign pages: the campaigns in the user's scope, the form to create one, a campaign's
 * figures per unit with the untested people (paged, XLSX export), an event's attendee upload; and
 * the enterprise's morning pre-shift list.
 */
@Controller
class CampaignPages {

    private final CampaignEntry entry;
    private final CampaignRepository campaigns;
    private final CampaignProgress progress;
    private final PreShiftList preShift;
    private final OrgUnits orgUnits;
    private final PageSupport support;
    private final MessageSource messages;

    CampaignPages(CampaignEntry entry, CampaignRepository campaigns, CampaignProgress progress, PreShiftList preShift,
                  OrgUnits orgUnits, PageSupport support, MessageSource messages) {
        this.entry = entry;
        this.campaigns = campaigns;
        this.progress = progress;
        this.preShift = preShift;
        this.orgUnits = orgUnits;
        this.support = support;
        this.messages = messages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("ui", support);
    }

    @GetMapping("/testing/campaigns")
    String list(Model model) {
        CurrentUser user = entry.reader();
        model.addAttribute("campaigns", campaigns.list(user.viewScope(), CampaignDays.today(), TestingApi.LIST_LIMIT));
        model.addAttribute("mayCreate", CampaignEntry.mayCreate(user));
        return "testing/campaigns";
    }

    @GetMapping("/testing/campaigns/new")
    String form(Model model) {
        String today = Fields.show(CampaignDays.today());
        return form(model, new CampaignInput(null, null, null, null, null, null, today, today, List.of()), "", Map.of());
    }

    @PostMapping("/testing/campaigns/new")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String occupation, @RequestParam(required = false) String areaCode,
                  @RequestParam(required = false) Long unitId, @RequestParam(required = false) String cadence,
                  @RequestParam(required = false) String startDate, @RequestParam(required = false) String endDate,
                  @RequestParam(defaultValue = "") String attendees, Model model, HttpServletResponse response) {
        List<Long> ids = new ArrayList<>();
        List<TestingProblem> problems = new ArrayList<>();
        for (String s : attendees.split("[\\s,;]+")) {
            if (s.matches("\\d{1,18}")) {
                ids.add(Long.parseLong(s));
            } else if (!s.isBlank()) {
                problems.add(TestingProblem.of("attendeeIds", "UNKNOWN_PERSON", s));
            }
        }
        CampaignInput input = new CampaignInput(name, kind, blankToNull(occupation), areaCode, unitId,
                blankToNull(cadence), startDate, endDate, ids);
        try {
            Campaign c = entry.create(input, problems);
            return "redirect:/testing/campaigns/" + c.id();
        } catch (InvalidTestingInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, input, attendees, support.errors(e));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private String form(Model model, CampaignInput input, String attendees, Map<String, String> errors) {
        CurrentUser user = entry.reader();
        if (!CampaignEntry.mayCreate(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("input", input);
        model.addAttribute("attendees", attendees);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", CampaignKind.values());
        model.addAttribute("cadences", CampaignKind.Cadence.values());
        model.addAttribute("occupations", Occupation.values());
        model.addAttribute("units", orgUnits.inScope(user.captureScope()));
        return "testing/campaign-form";
    }

    @GetMapping("/testing/campaigns/{id}")
    String campaign(@PathVariable long id, @RequestParam(required = false) String date,
                    @RequestParam(required = false) String unit, @RequestParam(required = false) Integer page,
                    @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                    @RequestParam(required = false) String dir, Model model) {
        CurrentUser user = entry.reader();
        Campaign c = entry.find(id);
        LocalDate day = CampaignDays.of(c, date);
        model.addAttribute("progress", progress.progress(user, c, day));
        model.addAttribute("result", progress.untested(user, c, day, unit,
                ListQuery.of(page, size, sort, dir, CampaignProgress.SORTABLE, "name")));
        model.addAttribute("unit", unit);
        model.addAttribute("dayText", day.toString());
        model.addAttribute("mayUpload", c.kind() == CampaignKind.EVENT && CampaignEntry.mayCreate(user)
                && user.canCapture(c.location()));
        return "testing/campaign";
    }

    @GetMapping("/testing/campaigns/{id}/untested.xlsx")
    void export(@PathVariable long id, @RequestParam(required = false) String date,
                @RequestParam(required = false) String unit, HttpServletResponse response) throws IOException {
        CurrentUser user = entry.reader();
        Campaign c = entry.find(id);
        LocalDate day = CampaignDays.of(c, date);
        send(response, "campaign-" + id + (c.daily() ? "-" + day : ""), progress.export(user, c, day, unit));
    }

    @PostMapping("/testing/campaigns/{id}/attendees")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, Model model,
                  HttpServletResponse response) throws IOException {
        try {
            var result = entry.upload(id, file.getBytes());
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute("upload", result);
            model.addAttribute("uploadErrors", result.errors().stream().map(e -> new String[]{
                    String.valueOf(e.row()), e.field(), e.value(),
                    messages.getMessage("testing.problem." + e.code(), e.args().toArray(), e.code(), locale)}).toList());
        } catch (InvalidTestingInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("uploadProblem", String.join(" ", support.errors(e).values()));
        }
        return campaign(id, null, null, null, null, null, null, model);
    }

    @GetMapping("/testing/pre-shift")
    String preShift(@RequestParam(required = false) Long unit, @RequestParam(required = false) String date,
                    @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                    @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                    Model model) {
        CurrentUser user = entry.reader();
        LocalDate day = CampaignDays.parse(date);
        Campaign c = PreShiftList.asCampaign(preShift.unit(user, unit), day);
        model.addAttribute("progress", progress.progress(user, c, day));
        model.addAttribute("result", progress.untested(user, c, day, null,
                ListQuery.of(page, size, sort, dir, CampaignProgress.SORTABLE, "status")));
        model.addAttribute("dayText", day.toString());
        return "testing/pre-shift";
    }

    @GetMapping("/testing/pre-shift.xlsx")
    void preShiftExport(@RequestParam(required = false) Long unit, @RequestParam(required = false) String date,
                        HttpServletResponse response) throws IOException {
        CurrentUser user = entry.reader();
        LocalDate day = CampaignDays.parse(date);
        Campaign c = PreShiftList.asCampaign(preShift.unit(user, unit), day);
        send(response, "pre-shift-" + c.unitId() + "-" + day, progress.export(user, c, day, null));
    }

    private void send(HttpServletResponse response, String file, List<CampaignProgress.Untested> rows) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = Stream.of("name", "birth", "phone", "commune", "address", "status", "lastSample")
                .map(k -> msg("testing.campaigns.column." + k, locale)).toList();
        XlsxExport.send(response, file, msg("testing.campaigns.untested", locale), headers,
                x -> rows.forEach(u -> x.row(u.fullName(), u.birthYear(), u.phone(), u.communeName(), u.addressText(),
                        msg("testing.campaigns.status." + u.status(), locale), Fields.show(u.lastSampleAt()))));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** A bad date or unit on a page: 400 naming the field. */
    @ExceptionHandler(InvalidTestingInput.class)
    ResponseEntity<String> invalid(InvalidTestingInput e) {
        return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(String.join("\n", support.errors(e).entrySet().stream()
                        .map(en -> en.getKey() + ": " + en.getValue()).toList()));
    }
}
