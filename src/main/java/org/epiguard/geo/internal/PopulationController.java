package org.epiguard.geo.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.AccessContext;
import org.epiguard.platform.files.CsvWriter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;

/** Pages of the population import: the upload form, the templates, the result and its error file. */
@Controller
class PopulationController {

    private final AccessContext access;
    private final PopulationImporter importer;
    private final PopulationImports imports;
    private final PopulationTemplate template;
    private final Messages messages;

    PopulationController(AccessContext access, PopulationImporter importer, PopulationImports imports,
                         PopulationTemplate template, Messages messages) {
        this.access = access;
        this.importer = importer;
        this.imports = imports;
        this.template = template;
        this.messages = messages;
    }

    static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "upload" : name.replaceAll("[\\r\\n]", " ").strip();
    }

    @GetMapping("/geo/population/import")
    String form() {
        requireImporter();
        return "geo/population-import";
    }

    @PostMapping("/geo/population/import")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        requireImporter();
        try {
            long id = importer.importFile(fileName(file), file.getBytes());
            return "redirect:/geo/population/imports/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("error", messages.byField(e).values().iterator().next());
            return "geo/population-import";
        }
    }

    @GetMapping("/geo/population/imports/{id}")
    String result(@PathVariable long id, Model model) {
        model.addAttribute("result", find(id));
        return "geo/population-result";
    }

    @GetMapping("/geo/population/imports/{id}/errors.csv")
    void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
        var result = find(id);
        CsvWriter csv = new CsvWriter(CsvWriter.Quoting.WHEN_NEEDED)
                .row(messages.get("geo.import.col.row"), messages.get("geo.import.col.field"),
                        messages.get("geo.import.col.value"), messages.get("geo.import.col.message"));
        for (var e : result.errors()) {
            csv.row(e.row(), e.field(), e.value(), e.message());
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"loi-nhap-dan-so-" + id + ".csv\"");
        response.getOutputStream().write(csv.toBytes());
    }

    @GetMapping("/geo/population/template.xlsx")
    void templateXlsx(HttpServletResponse response) throws IOException {
        template.xlsx(access.currentUser().captureScope(), response);
    }

    @GetMapping("/geo/population/template.csv")
    void templateCsv(HttpServletResponse response) throws IOException {
        template.csv(access.currentUser().captureScope(), response);
    }

    private PopulationImport find(long id) {
        return imports.find(id, access.currentUser().id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void requireImporter() {
        if (!PopulationImporter.mayImport(access.currentUser())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
