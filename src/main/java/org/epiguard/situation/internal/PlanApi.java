package org.epiguard.situation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.access.AccessContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** Planning for N F0 for machine clients. */
@RestController
@RequestMapping("/api/v1/situation/plan")
@Tag(name = "Planning for N F0", description = "Isolation places, beds, oxygen, ICU, doctors and rapid tests needed for N F0, against what each district has")
class PlanApi {

    private final Plans plans;
    private final AccessContext access;

    PlanApi(Plans plans, AccessContext access) {
        this.plans = plans;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "A plan for N F0 under care at the same time in a province or district",
            description = "Parameters: unit (GSO code of a province or district; default the caller's), f0 (0 to "
                    + "1,000,000; default 1,000), date (dd/MM/yyyy, default today), trendDays (even, 4–56, default 14), "
                    + "ratios (shareHome, shareFacility, shareTier1, shareTier2, shareTier3 in % summing to 100; "
                    + "icuOfTier3 and f1InFacility in %; f1PerF0; stayDays; doctorsHome, doctorsTier1..3 per 100 F0 of "
                    + "the group; testsPerF0, testsPerF1) and the spread as weights w.<district code>. Each ratio says "
                    + "its source: ENTERED, OBSERVED (with its sample: the F0 or F1 whose isolation started in the 90 "
                    + "days before the date) or DEFAULT (with its basis). Needs are rounded up: isolation places = "
                    + "F0 × (shareFacility + f1PerF0 × f1InFacility) / 100; tier k beds = F0 × shareTierk / 100; ICU = "
                    + "tier 3 × icuOfTier3 / 100; oxygen (beds with oxygen supply) = F0 × (shareTier2 + shareTier3) / "
                    + "100; doctors = F0 × Σ share × doctors per 100 / 10,000; rapid tests = F0 × (testsPerF0 + f1PerF0 × "
                    + "testsPerF1), each district rounded up, the total the sum of the districts. have: facility places, beds by tier, oxygen beds, ICU beds as recorded, kits in stock; "
                    + "doctors are not recorded (null). gap = need − have, shortage when above 0. trend: growth per day "
                    + "r = ln(cases of the last trendDays/2 days / cases of the trendDays/2 days before) / (trendDays/2), "
                    + "doubling time ln 2 / r, F0 under care now = cases of the last stayDays days, and per scenario "
                    + "ALREADY, ON_DATE (after ln(N / now) / r days), NOT_REACHED (r ≤ 0 or beyond 365 days) or UNKNOWN. "
                    + "A province committee plans its province, a district command its district; others 403; a unit "
                    + "outside the view scope 404; a bad value 400 naming the field.")
    Plans.Plan plan(@RequestParam Map<String, String> params) {
        return plans.plan(access.currentUser(), params);
    }
}
