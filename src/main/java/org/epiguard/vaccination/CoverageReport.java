package org.epiguard.vaccination;

import java.time.LocalDate;
import java.util.List;

/** Coverage of a unit on a date, with the same figures for each of its parts (districts, communes or villages). */
public record CoverageReport(LocalDate onDate, UnitCoverage unit, List<UnitCoverage> parts) {

    public CoverageReport {
        parts = List.copyOf(parts);
    }
}
