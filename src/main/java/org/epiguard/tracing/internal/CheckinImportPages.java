package org.epiguard.tracing.internal;

import org.epiguard.platform.files.CsvWriter;
import org.epiguard.platform.files.TemplateWorkbook;
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
import java.util.Arrays;
import java.util.List;

/** The check-in import pages: upload with the templates, the job's progress (htmx), the error file. */
@Controller
class CheckinImportPages {

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final List<String> EXAMPLE = List.of("", "022085001234", "1024", "07/08/2021 10:15");

    private final CheckinImportJobs jobs;

    CheckinImportPages(CheckinImportJobs jobs) {
        this.jobs = jobs;
    }

    static List<String> headers() {
        return Arrays.stream(CheckinImportColumn.values()).map(CheckinImportColumn::header).toList();
    }

    @GetMapping("/tracing/checkins/import")
    String form(Model model) {
        jobs.importer();
        model.addAttribute("jobs", jobs.recent());
        model.addAttribute("columns", headers());
        return "tracing/checkin-import";
    }

    @PostMapping("/tracing/checkins/import")
    String upload(@RequestParam("file") MultipartFile file) throws IOException {
        return "redirect:/tracing/checkins/imports/" + jobs.start(file.getOriginalFilename(), file.getInputStream()).id();
    }

    @GetMapping("/tracing/checkins/imports/{id}")
    String job(@PathVariable long id, Model model) {
        fill(id, model);
        return "tracing/checkin-import-job";
    }

    @GetMapping("/tracing/checkins/imports/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        fill(id, model);
        return "tracing/checkin-import-job :: progress";
    }

    private void fill(long id, Model model) {
        CheckinImportJob job = jobs.get(id);
        model.addAttribute("job", job);
        model.addAttribute("failure", jobs.failureText(job, LocaleContextHolder.getLocale()));
        model.addAttribute("errors", job.running() ? List.of() : jobs.errors(id, 500, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/tracing/checkins/imports/{id}/errors.csv")
    ResponseEntity<byte[]> errorFile(@PathVariable long id) {
        CsvWriter csv = new CsvWriter(CsvWriter.Quoting.WHEN_NEEDED).row("Dòng / Row", "Cột / Field", "Giá trị / Value",
                "Lỗi / Message");
        jobs.errors(id, Integer.MAX_VALUE, LocaleContextHolder.getLocale())
                .forEach(e -> csv.row(e.row(), e.column(), e.value(), e.message()));
        return download(CSV, "loi-nhap-check-in-" + id + ".csv", csv.toBytes());
    }

    @GetMapping("/tracing/checkins/import/template.csv")
    ResponseEntity<byte[]> templateCsv() {
        jobs.importer();
        return download(CSV, "mau-nhap-check-in.csv",
                new CsvWriter(CsvWriter.Quoting.WHEN_NEEDED).row(headers()).row(EXAMPLE).toBytes());
    }

    @GetMapping("/tracing/checkins/import/template.xlsx")
    ResponseEntity<byte[]> templateXlsx() throws IOException {
        jobs.importer();
        byte[] xlsx = TemplateWorkbook.build("Check-in", headers(), new TemplateWorkbook.Help("Hướng dẫn", null, List.of(
                List.of("Mã người hoặc Số CCCD/CMND", "người đã quét mã"),
                List.of("Mã địa điểm", "mã đơn vị/địa điểm trong EpiGuard"),
                List.of("Thời điểm check-in", "dd/MM/yyyy HH:mm (giờ Việt Nam) hoặc ISO 8601")), true,
                "Ví dụ một dòng (sheet \"Check-in\")", List.of(EXAMPLE), 30, 40));
        return download(XLSX, "mau-nhap-check-in.xlsx", xlsx);
    }

    private static ResponseEntity<byte[]> download(MediaType type, String name, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }
}
