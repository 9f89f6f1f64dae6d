package org.epiguard.vaccination.internal;

import org.epiguard.vaccination.AgeGroup;
import org.epiguard.vaccination.GroupCoverage;
import org.epiguard.vaccination.UnitCoverage;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The coverage table of the page over one denominator: a row per part and the unit's total. */
public record CoverageTable(List<Row> rows, Row total) {

    /** A unit's row: its name, the code to drill down to (null for villages), and a cell per age group. */
    public record Row(String name, String drillCode, List<Cell> cells) {
    }

    /** Denominator and the percentages with ≥1, ≥2, ≥3 doses. */
    public record Cell(String denominator, String dose1, String dose2, String dose3) {
    }

    static CoverageTable of(List<UnitCoverage> parts, UnitCoverage unit, CoverageBasis basis, Locale locale,
                            String noVillageName) {
        List<Row> rows = new ArrayList<>(parts.size());
        for (UnitCoverage part : parts) {
            String name = part.name() == null ? noVillageName : part.name();
            String drill = part.level().equals("VILLAGE") ? null : part.code();
            rows.add(new Row(name, drill, cells(part, basis, locale)));
        }
        return new CoverageTable(rows, new Row(unit.name(), null, cells(unit, basis, locale)));
    }

    private static List<Cell> cells(UnitCoverage unit, CoverageBasis basis, Locale locale) {
        NumberFormat integer = NumberFormat.getIntegerInstance(locale);
        List<Cell> cells = new ArrayList<>(AgeGroup.values().length);
        for (AgeGroup group : AgeGroup.values()) {
            GroupCoverage g = unit.group(group);
            Long denominator = basis.denominator(g);
            cells.add(new Cell(denominator == null ? "—" : integer.format(denominator),
                    CoverageSentence.percent(basis.percent(g, 1), locale),
                    CoverageSentence.percent(basis.percent(g, 2), locale),
                    CoverageSentence.percent(basis.percent(g, 3), locale)));
        }
        return cells;
    }
}
