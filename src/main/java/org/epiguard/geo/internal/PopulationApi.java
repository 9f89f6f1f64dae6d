package org.epiguard.geo.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.access.AccessContext;
import org.epiguard.geo.Population;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;

@RestController
@RequestMapping("/api/v1/geo/population")
@Tag(name = "geo: population", description = "Population by unit and age band; import from CSV/XLSX")
class PopulationApi {

    private final AccessContext access;
    private final AdminUnitBrowser browser;
    private final PopulationQueries population;
    private final PopulationImporter importer;
    private final PopulationImports imports;

    PopulationApi(AccessContext access, AdminUnitBrowser browser, PopulationQueries population,
                  PopulationImporter importer, PopulationImports imports) {
        this.access = access;
        this.browser = browser;
        this.population = population;
        this.importer = importer;
        this.imports = imports;
    }

    @GetMapping("/{code}")
    @Operation(summary = "Effective population of a unit in the caller's view scope: entered, or summed from its parts")
    Population population(@PathVariable String code) {
        browser.visible(access.currentUser().viewScope(), code);
        return population.population(code).orElseThrow();
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import a population file (CSV or XLSX; headers: mã đơn vị, tổng, 0-4, 5-11, 12-17, 18-49, 50-64, 65+)")
    PopulationImport upload(@RequestParam("file") MultipartFile file) throws IOException {
        long id = importer.importFile(PopulationController.fileName(file), file.getBytes());
        return result(id);
    }

    @GetMapping("/imports/{id}")
    @Operation(summary = "The outcome of one of the caller's imports, with its rejected rows")
    PopulationImport result(@PathVariable long id) {
        return imports.find(id, access.currentUser().id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
