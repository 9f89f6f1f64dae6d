package org.epiguard.situation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.access.AccessContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Epidemic levels for machine clients: a unit's level with its explanation, and recomputations. */
@RestController
@RequestMapping("/api/v1/situation/levels")
@Tag(name = "Epidemic levels", description = "Levels 1–4 per commune, district and province (4800/QĐ-BYT, 218/QĐ-BYT as versioned rules)")
class LevelApi {

    private final LevelViews views;
    private final LevelJobs jobs;
    private final SituationUnits units;
    private final AccessContext access;

    LevelApi(LevelViews views, LevelJobs jobs, SituationUnits units, AccessContext access) {
        this.views = views;
        this.jobs = jobs;
        this.units = units;
        this.access = access;
    }

    @GetMapping("/{unit}")
    @Operation(summary = "The level of a province, district or commune on a date, with why",
            description = "assessedLevel: the level of the 7 business days ending on the date (null: not assessable); "
                    + "levelInForce: the level assessed at least 48 hours before (a change is announced 48 h ahead); "
                    + "pending: the announced change and the date it takes effect; explanation: the inputs, thresholds "
                    + "crossed, matrix cell and rule version, each line flagged when its threshold is not confirmed; "
                    + "inputs: the counts assessed; measures: those of the level in force; history: stored assessments "
                    + "(60 days); parts: the levels of the districts or communes.")
    LevelViews.LevelView level(@PathVariable String unit,
                               @Parameter(description = "dd/MM/yyyy or yyyy-MM-dd; default today") @RequestParam(required = false) String date) {
        return views.view(units.any(access.currentUser(), unit), Dates.parse("date", date), LocaleContextHolder.getLocale());
    }

    @PostMapping("/recompute")
    @Operation(summary = "Recompute the levels of every unit (administrator) or of one province in the background")
    ResponseEntity<LevelJobs.Job> recompute(@RequestParam(required = false) String date,
                                            @RequestParam(required = false) String province) {
        Recomputers.require(access.currentUser(), province);
        if (province != null && !province.matches("\\d{2}")) {
            throw new InvalidField("province", "a province is a 2-digit GSO code");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(jobs.start(Dates.parse("date", date), province));
    }

    @GetMapping("/jobs/{id}")
    @Operation(summary = "The state of a recomputation")
    LevelJobs.Job job(@PathVariable long id) {
        return jobs.job(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
