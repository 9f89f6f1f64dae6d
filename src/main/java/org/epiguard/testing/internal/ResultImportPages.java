package org.epiguard.testing.internal;

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
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The result upload pages: upload with the templates, the job's progress (refreshed by htmx), the error file. */
@Controller
class ResultImportPages {

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ResultImportJobs jobs;
    private final ResultImportTemplate template;

    ResultImportPages(ResultImportJobs jobs, ResultImportTemplate template) {
        this.jobs = jobs;
        this.template = template;
    }

    @GetMapping("/testing/results/import")
    String form(Model model) {
        model.addAttribute("jobs", jobs.recent());
        model.addAttribute("columns", ResultImportTemplate.headers());
        return "testing/result-import";
    }

    @PostMapping("/testing/results/import")
    String upload(@RequestParam("file") MultipartFile file) throws IOException {
        ResultImportJob job = jobs.start(file.getOriginalFilename(), file.getInputStream());
        return "redirect:/testing/results/imports/" + job.id();
    }

    @GetMapping("/testing/results/imports/{id}")
    String job(@PathVariable long id, Model model) {
        fill(id, model);
        return "testing/result-import-job";
    }

    /** The progress card alone, which the job page polls while the job runs. */
    @GetMapping("/testing/results/imports/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        fill(id, model);
        return "testing/result-import-job :: progress";
    }

    private void fill(long id, Model model) {
        ResultImportJob job = jobs.get(id);
        model.addAttribute("job", job);
        model.addAttribute("failure", jobs.failureText(job, LocaleContextHolder.getLocale()));
        model.addAttribute("errors", job.running() ? List.of()
                : jobs.errors(id, ResultImportJobs.ERRORS_SHOWN, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/testing/results/imports/{id}/errors.csv")
    ResponseEntity<byte[]> errorFile(@PathVariable long id) {
        CsvWriter csv = new CsvWriter(CsvWriter.Quoting.WHEN_NEEDED).row("Dòng / Row", "Cột / Column", "Trường / Field",
                "Giá trị / Value", "Lỗi / Message");
        jobs.errors(id, Integer.MAX_VALUE, LocaleContextHolder.getLocale())
                .forEach(e -> csv.row(e.row(), e.column(), e.field(), e.value(), e.message()));
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"loi-nhap-ket-qua-" + id + ".csv\"")
                .body(csv.toBytes());
    }

    @GetMapping("/testing/results/import/template.csv")
    ResponseEntity<byte[]> templateCsv() {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-nhap-ket-qua.csv\"")
                .body(template.csv());
    }

    @GetMapping("/testing/results/import/template.xlsx")
    ResponseEntity<byte[]> templateXlsx() throws IOException {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-nhap-ket-qua.xlsx\"")
                .body(template.xlsx());
    }
}
