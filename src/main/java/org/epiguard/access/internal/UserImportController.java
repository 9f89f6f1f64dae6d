package org.epiguard.access.internal;

import org.epiguard.platform.files.CsvWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Pages of the bulk user import: the upload form and templates, the progress and result, the errors file. */
@Controller
@RequestMapping("/admin/users/import")
class UserImportController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final UserImportJobs jobs;
    private final UserImportTemplate template;
    private final MessageSource messages;

    UserImportController(UserImportJobs jobs, UserImportTemplate template, MessageSource messages) {
        this.jobs = jobs;
        this.template = template;
        this.messages = messages;
    }

    @GetMapping
    String form() {
        return "access/user-import";
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> templateXlsx() throws IOException {
        return download(template.xlsx(), XLSX, "mau-nguoi-dung.xlsx");
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> templateCsv() {
        return download(template.csv(), new MediaType("text", "csv", StandardCharsets.UTF_8), "mau-nguoi-dung.csv");
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", messages.getMessage("access.import.noFile", null, LocaleContextHolder.getLocale()));
            return "access/user-import";
        }
        try {
            return "redirect:/admin/users/import/" + jobs.start(file.getOriginalFilename(), file.getBytes()).id();
        } catch (InvalidInputException e) {
            model.addAttribute("fileError", String.join(" ", e.problems().byField(messages,
                    LocaleContextHolder.getLocale()).values()));
            model.addAttribute("fileErrors", e.problems().list().stream()
                    .map(p -> p.message(messages, LocaleContextHolder.getLocale())).toList());
            return "access/user-import";
        }
    }

    @GetMapping("/{id}")
    String result(@PathVariable String id, Model model) {
        progressModel(id, model);
        return "access/user-import-result";
    }

    /** The progress block alone; htmx polls it while the job runs. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable String id, Model model) {
        progressModel(id, model);
        return "access/user-import-result :: progress";
    }

    @GetMapping("/{id}/errors.csv")
    ResponseEntity<byte[]> errors(@PathVariable String id) {
        UserImportJob job = jobs.get(id);
        Locale locale = LocaleContextHolder.getLocale();
        CsvWriter csv = new CsvWriter(CsvWriter.Quoting.ALL_TEXT)
                .row(msg("access.import.row", locale), msg("access.import.column", locale),
                        msg("access.import.problem", locale));
        for (var e : job.errors()) {
            csv.row(e.row(), e.column().header(), e.problem().message(messages, locale));
        }
        return download(csv.toBytes(),
                new MediaType("text", "csv", StandardCharsets.UTF_8), "loi-nhap-nguoi-dung.csv");
    }

    private void progressModel(String id, Model model) {
        UserImportJob job = jobs.get(id);
        model.addAttribute("running", job.running());
        model.addAttribute("job", job);
        model.addAttribute("errors", UserImportApi.errors(job, messages).stream().limit(500).toList());
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
