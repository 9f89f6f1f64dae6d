package org.epiguard.vaccination.internal;

import org.epiguard.platform.files.CsvWriter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/** The dose import pages: upload with the template, the job's progress (refreshed by htmx), the error file. */
@Controller
class DoseImportPages {

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DoseImportJobs jobs;
    private final DoseImportTemplate template;

    DoseImportPages(DoseImportJobs jobs, DoseImportTemplate template) {
        this.jobs = jobs;
        this.template = template;
    }

    @GetMapping("/vaccination/doses/import")
    String form(Model model) {
        jobs.importer();
        model.addAttribute("jobs", jobs.recent());
        model.addAttribute("columns", DoseImportTemplate.headers());
        return "vaccination/dose-import";
    }

    @PostMapping("/vaccination/doses/import")
    String upload(@RequestParam("file") MultipartFile file) throws IOException {
        DoseImportJob job = jobs.start(file.getOriginalFilename(), file.getInputStream());
        return "redirect:/vaccination/doses/imports/" + job.id();
    }

    @GetMapping("/vaccination/doses/imports/{id}")
    String job(@PathVariable long id, Model model) {
        fill(id, model);
        return "vaccination/dose-import-job";
    }

    /** The progress card alone, which the job page polls while the job runs. */
    @GetMapping("/vaccination/doses/imports/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        fill(id, model);
        return "vaccination/dose-import-job :: progress";
    }

    private void fill(long id, Model model) {
        DoseImportJob job = jobs.get(id);
        model.addAttribute("job", job);
        model.addAttribute("failure", jobs.failureText(job, LocaleContextHolder.getLocale()));
        model.addAttribute("errors", job.running() ? java.util.List.of()
                : jobs.errors(id, DoseImportJobs.ERRORS_SHOWN, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/vaccination/doses/imports/{id}/errors.csv")
    ResponseEntity<byte[]> errorFile(@PathVariable long id) {
        CsvWriter csv = new CsvWriter(CsvWriter.Quoting.WHEN_NEEDED).row("Dòng / Row", "Cột / Field", "Giá trị / Value",
                "Lỗi / Message");
        jobs.errors(id, Integer.MAX_VALUE, LocaleContextHolder.getLocale())
                .forEach(e -> csv.row(e.row(), e.column(), e.value(), e.message()));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"loi-nhap-mui-tiem-" + id + ".csv\"")
                .body(csv.toBytes());
    }

    @GetMapping("/vaccination/doses/import/template.csv")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-nhap-mui-tiem.csv\"")
                .body(template.csv());
    }

    @GetMapping("/vaccination/doses/import/template.xlsx")
    ResponseEntity<byte[]> templateXlsx() throws IOException {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-nhap-mui-tiem.xlsx\"")
                .body(template.xlsx());
    }
}
