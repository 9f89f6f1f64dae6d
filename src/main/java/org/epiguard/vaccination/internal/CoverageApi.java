package org.epiguard.vaccination.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.access.AccessContext;
import org.epiguard.vaccination.CoverageReport;
import org.epiguard.vaccination.VaccinationCoverage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** Vaccination coverage for machine clients, limited to units inside the caller's view scope. */
@RestController
@RequestMapping("/api/v1/vaccination/coverage")
@Tag(name = "Vaccination coverage", description = "Coverage by age group (12–17, 18+, 50+, 65+) and dose (≥1, ≥2, ≥3)")
class CoverageApi {

    private final VaccinationCoverage coverage;
    private final CoverageUnits units;
    private final AccessContext access;

    CoverageApi(VaccinationCoverage coverage, CoverageUnits units, AccessContext access) {
        this.coverage = coverage;
        this.units = units;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "Coverage of a province, district or commune and of each of its parts on a date",
            description = "Each age group carries two denominators: population (the unit's population of the group "
                    + "from the geo figures; null for villages and units without figures) and registered (people of the "
                    + "registry living in the unit who are in the group on the date); atLeast1..3 are registered people "
                    + "of the group with at least 1, 2, 3 doses on or before the date. Age on the date comes from the birth "
                    + "date, else year(date) − birth year.")
    CoverageReport coverage(@Parameter(description = "GSO code; default: the caller's own unit") @RequestParam(required = false) String unit,
                            @Parameter(description = "dd/MM/yyyy or yyyy-MM-dd; default: today") @RequestParam(required = false) String date) {
        var shown = units.resolve(access.currentUser(), unit);
        return coverage.coverage(shown.code(), CoverageDate.parse(date)).orElseThrow();
    }

    @ExceptionHandler(CoverageDate.InvalidCoverageDate.class)
    ResponseEntity<Map<String, String>> badDate(CoverageDate.InvalidCoverageDate e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("field", "date", "error", e.getMessage()));
    }
}
