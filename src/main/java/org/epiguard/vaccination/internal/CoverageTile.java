package org.epiguard.vaccination.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.platform.web.HomeTile;
import org.epiguard.vaccination.AgeGroup;
import org.epiguard.vaccination.VaccinationCoverage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The overview figure "18+ with 2 doses" for the user's area today, over the registered people (the
 * census-based figure is on the coverage page beside it).
 */
@Component
class CoverageTile implements HomeTile {

    private final VaccinationCoverage coverage;
    private final CoverageUnits units;

    CoverageTile(VaccinationCoverage coverage, CoverageUnits units) {
        this.coverage = coverage;
        this.units = units;
    }

    @Override
    public Rendered render(CurrentUser user) {
        String value = units.home(user.viewScope())
                .flatMap(code -> coverage.coverage(code, CoverageDate.today()))
                .map(r -> CoverageSentence.percent(r.unit().group(AgeGroup.AGE_18_PLUS).percentOfRegistered(2),
                        LocaleContextHolder.getLocale()))
                .orElse("—");
        return new Rendered("vaccination.coverage.tile", value, "/vaccination/coverage");
    }
}
