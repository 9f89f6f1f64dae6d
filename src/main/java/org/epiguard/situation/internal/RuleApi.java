package org.epiguard.situation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.access.AccessContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The versioned criteria of the levels and the district setting; new versions by the administrator. */
@RestController
@RequestMapping("/api/v1/situation/rules")
@Tag(name = "Epidemic-level rules", description = "Versions of the criteria with their effective dates")
class RuleApi {

    private final RuleBook rules;
    private final SituationSettings settings;
    private final AccessContext access;

    RuleApi(RuleBook rules, SituationSettings settings, AccessContext access) {
        this.rules = rules;
        this.settings = settings;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "Every version, newest effective date first, with thresholds (confirmed or not) and matrix")
    List<RuleSet> all() {
        return rules.all();
    }

    /** A new version: thresholds and matrix cells ("band:RESPONSE" → level) to change; the rest is copied. */
    record NewVersion(String effectiveFrom, Map<String, BigDecimal> thresholds, Map<String, Integer> matrix, String note) {
    }

    @PostMapping("/{id}/versions")
    @Operation(summary = "Write a new version of a rule set from version {id} (administrator)")
    ResponseEntity<RuleSet> newVersion(@PathVariable long id, @RequestBody NewVersion body) {
        access.requireAdmin();
        RuleSet base = rules.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (body.effectiveFrom() == null || body.effectiveFrom().isBlank()) {
            throw new InvalidField("effectiveFrom", "the effective date is required");
        }
        RuleSet created = rules.newVersion(base, Dates.parse("effectiveFrom", body.effectiveFrom()),
                body.thresholds() == null ? Map.of() : body.thresholds(), body.matrix() == null ? Map.of() : body.matrix(),
                body.note(), access.currentUser().username());
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @PutMapping("/settings")
    @Operation(summary = "How a district's level is made: OWN_TOTALS or COMMUNE_SHARE with the share (administrator)")
    Map<String, Object> setting(@RequestParam String derivation, @RequestParam(defaultValue = "0.5") String share) {
        access.requireAdmin();
        SituationSettings.DistrictDerivation d;
        try {
            d = SituationSettings.DistrictDerivation.valueOf(derivation);
        } catch (IllegalArgumentException e) {
            throw new InvalidField("derivation", "OWN_TOTALS or COMMUNE_SHARE");
        }
        settings.setDistrictDerivation(d, share, access.currentUser().username());
        return Map.of("derivation", settings.districtDerivation(), "share", settings.districtShare());
    }
}
