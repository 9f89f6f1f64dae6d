package org.epiguard.vaccination.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.OrgUnit;
import org.epiguard.people.PeopleDirectory;
import org.epiguard.platform.files.CsvWriter;
import org.epiguard.platform.web.ListQuery;
import org.epiguard.platform.web.XlsxExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Out-of-province workers: the list of an enterprise's workers with 0 or 1 dose (or, for an area user,
 * the summary per enterprise), its XLSX export, the registration form with a registry search, and the
 * list upload with its template.
 */
@Controller
@RequestMapping("/vaccination/workers")
class WorkerPages {

    private final WorkerEnterprises enterprises;
    private final WorkerLists lists;
    private final WorkerRegistration registration;
    private final WorkerUpload upload;
    private final PeopleDirectory people;
    private final GeoDirectory geo;
    private final MessageSource messages;

    WorkerPages(WorkerEnterprises enterprises, WorkerLists lists, WorkerRegistration registration, WorkerUpload upload,
                PeopleDirectory people, GeoDirectory geo, MessageSource messages) {
        this.enterprises = enterprises;
        this.lists = lists;
        this.registration = registration;
        this.upload = upload;
        this.people = people;
        this.geo = geo;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String enterprise, @RequestParam(required = false) String date,
                @RequestParam(required = false) String doses, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, Model model) {
        var me = enterprises.viewer();
        LocalDate on = OutreachDates.parse("date", date);
        model.addAttribute("dateText", on.toString());
        model.addAttribute("dateShown", DoseDates.show(on));
        model.addAttribute("mayRegister", WorkerEnterprises.mayRegister(me));
        var unit = enterprises.forView(enterprise);
        if (unit.isEmpty()) {
            var query = ListQuery.of(page, size, sort, dir, WorkerLists.SUMMARY_SORTABLE, "noDose");
            if (sort == null) {
                query = new ListQuery(query.page(), query.size(), "noDose", true);
            }
            model.addAttribute("scopeName", geo.describe(me.viewScope()));
            model.addAttribute("result", lists.summary(me, on, query));
            return "vaccination/workers-summary";
        }
        Integer doseFilter = doses(doses);
        model.addAttribute("enterprise", unit.get());
        model.addAttribute("enterpriseCommune", geo.describe(unit.get().communeCode()));
        model.addAttribute("doses", doseFilter);
        model.addAttribute("result", lists.page(me, unit.get(), on, doseFilter,
                ListQuery.of(page, size, sort, dir, WorkerLists.SORTABLE, "doses")));
        return "vaccination/workers";
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) String enterprise, @RequestParam(required = false) String date,
                @RequestParam(required = false) String doses, HttpServletResponse response) throws IOException {
        var me = enterprises.viewer();
        LocalDate on = OutreachDates.parse("date", date);
        OrgUnit unit = enterprises.forView(enterprise).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.BAD_REQUEST, "enterprise: an enterprise is required"));
        var rows = lists.export(me, unit, on, doses(doses));
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = Stream.of("name", "birth", "citizenId", "phone", "homeProvince", "start", "end", "doses",
                "lastDose", "product").map(k -> msg("vaccination.workers.column." + k, locale)).toList();
        XlsxExport.send(response, "workers-" + unit.id() + "-" + on, msg("vaccination.workers.title", locale), headers,
                x -> rows.forEach(e -> x.row(e.fullName(), e.birthYear(), e.citizenId(), e.phone(), e.homeProvince(),
                        e.startDate(), e.endDate(), e.doses(), e.lastDoseDate(), e.lastProduct())));
    }

    @GetMapping("/new")
    String form(@RequestParam(required = false) String enterprise, @RequestParam(required = false) String q, Model model) {
        fillForm(enterprise, q, model);
        model.addAttribute("input", new WorkerInput(null, null, null, null, null, null, null, null,
                LocalDate.now(DoseDates.BUSINESS_ZONE).toString(), null, false));
        return "vaccination/worker-new";
    }

    @PostMapping
    String register(@RequestParam(required = false) String enterprise, @ModelAttribute WorkerInput input,
                    Model model, HttpServletResponse response) {
        try {
            OrgUnit unit = enterprises.forRegistration(enterprise);
            var outcome = registration.register(enterprises.registrar(), unit, input, "FORM");
            return "redirect:/vaccination/workers?enterprise=" + unit.id() + "&registered=" + outcome.workerId();
        } catch (InvalidWorker e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            fillForm(enterprise, null, model);
            model.addAttribute("input", input);
            model.addAttribute("problems", e.problems().stream()
                    .map(p -> new Shown(p.field(), msg(p, LocaleContextHolder.getLocale()))).toList());
            model.addAttribute("mayConfirm", e.onlyWarnings());
            return "vaccination/worker-new";
        }
    }

    @GetMapping("/upload")
    String uploadForm(@RequestParam(required = false) String enterprise, Model model) {
        fillUpload(enterprise, model);
        return "vaccination/worker-upload";
    }

    @PostMapping("/upload")
    String uploaded(@RequestParam(required = false) String enterprise, @RequestParam("file") MultipartFile file,
                    Model model, HttpServletResponse response) throws IOException {
        fillUpload(enterprise, model);
        Locale locale = LocaleContextHolder.getLocale();
        try {
            OrgUnit unit = enterprises.forRegistration(enterprise);
            var result = upload.upload(enterprises.registrar(), unit, file.getOriginalFilename(), file.getBytes());
            model.addAttribute("result", result);
            model.addAttribute("errors", result.errors().stream()
                    .map(e -> new ShownRow(e.row(), e.field(), e.value(), msg(e.problem(), locale))).toList());
        } catch (InvalidWorker e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", e.problems().stream().map(p -> new Shown(p.field(), msg(p, locale))).toList());
        }
        return "vaccination/worker-upload";
    }

    @GetMapping("/upload/template.csv")
    ResponseEntity<byte[]> template() {
        CsvWriter csv = new CsvWriter(CsvWriter.Quoting.WHEN_NEEDED)
                .row(Arrays.stream(WorkerColumn.values()).map(WorkerColumn::header).toList())
                .row("038090001234", "Lê Văn Thanh", "12/03/1990", "Nam", "0912345678", "Thanh Hóa", "", "01/09/2021", "");
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-lao-dong-ngoai-tinh.csv\"")
                .body(csv.toBytes());
    }

    /** A problem as the page shows it, with its field for the form (and for tests). */
    record Shown(String field, String message) {
    }

    record ShownRow(int row, String field, String value, String message) {
    }

    private void fillForm(String enterprise, String q, Model model) {
        var me = enterprises.registrar();
        fillEnterprise(enterprise, model);
        model.addAttribute("provinces", geo.provinces());
        model.addAttribute("q", q);
        model.addAttribute("hits", q == null || q.isBlank() ? List.of() : people.search(me, q, 20));
    }

    private void fillUpload(String enterprise, Model model) {
        fillEnterprise(enterprise, model);
        model.addAttribute("columns", Arrays.stream(WorkerColumn.values()).map(WorkerColumn::header).toList());
        model.addAttribute("maxRows", WorkerUpload.MAX_ROWS);
    }

    /** The enterprise registered for, or the ones to choose from when an area user has not chosen. */
    private void fillEnterprise(String enterprise, Model model) {
        OrgUnit unit = enterprises.chosenForRegistration(enterprise).orElse(null);
        model.addAttribute("enterprise", unit);
        model.addAttribute("choices", unit == null ? enterprises.registrable(enterprises.registrar()) : List.of());
    }

    static Integer doses(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip()) {
            case "0" -> 0;
            case "1" -> 1;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "doses: 0 or 1, not " + text.strip());
        };
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private String msg(FieldProblem p, Locale locale) {
        return messages.getMessage(p.messageKey(), p.args().toArray(), p.code(), locale);
    }
}
