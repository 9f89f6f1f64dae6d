package org.epiguard.geo.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.epiguard.geo.internal.PopulationColumn.BANDS;
import static org.epiguard.geo.internal.PopulationColumn.CODE;
import static org.epiguard.geo.internal.PopulationColumn.TOTAL;

/** Checks the cells of one row of a population file, without the database (see {@link PopulationRow}). */
final class PopulationRowReader {

    private final Map<PopulationColumn, Integer> columns;

    /** @param header the cells of the header row */
    PopulationRowReader(List<String> header) {
        columns = new EnumMap<>(PopulationColumn.class);
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            PopulationColumn.byHeader(header.get(i)).ifPresent(c -> columns.putIfAbsent(c, index));
        }
    }

    /** The required columns the header lacks (the code and the total). */
    List<PopulationColumn> missingColumns() {
        return java.util.stream.Stream.of(CODE, TOTAL).filter(c -> !columns.containsKey(c)).toList();
    }

    PopulationRow read(int rowNumber, List<String> cells) {
        String code = unitCode(cell(cells, CODE));
        String total = cell(cells, TOTAL);
        List<String> bands = BANDS.stream().map(b -> cell(cells, b)).toList();
        boolean bandsGiven = bands.stream().anyMatch(b -> !b.isEmpty());
        if (total.isEmpty() && !bandsGiven) {
            return new PopulationRow(rowNumber, code, null, List.of());  // nothing to import here
        }
        List<PopulationRow.RowError> errors = new ArrayList<>();
        if (code.isEmpty()) {
            errors.add(error(rowNumber, CODE, code, "geo.import.error.required"));
        } else if (!code.matches("\\d{2}|\\d{3}|\\d{5}")) {
            errors.add(error(rowNumber, CODE, code, "geo.import.error.codeFormat"));
        }
        Long totalValue = number(rowNumber, TOTAL, total, true, errors);
        long[] values = new long[BANDS.size()];
        for (int i = 0; i < BANDS.size(); i++) {
            Long v = number(rowNumber, BANDS.get(i), bands.get(i), false, errors);
            values[i] = v == null ? 0 : v;
        }
        if (errors.isEmpty() && bandsGiven) {
            long sum = java.util.Arrays.stream(values).sum();
            if (sum != totalValue) {
                errors.add(error(rowNumber, TOTAL, total, "geo.import.error.bandSum", sum, totalValue));
            }
        }
        if (!errors.isEmpty()) {
            return new PopulationRow(rowNumber, code, null, errors);
        }
        var figures = new PopulationRow.Figures(totalValue.intValue(), (int) values[0], (int) values[1],
                (int) values[2], (int) values[3], (int) values[4], (int) values[5]);
        return new PopulationRow(rowNumber, code, figures, List.of());
    }

    /**
     * A spreadsheet that took the code for a number drops its leading zero: "6673" is commune
     * "06673" (no other unit has a 4-digit code).
     */
    static String unitCode(String text) {
        return text.matches("\\d{4}") ? "0" + text : text;
    }

    private static Long number(int row, PopulationColumn column, String text, boolean required,
                               List<PopulationRow.RowError> errors) {
        if (text.isEmpty()) {
            if (required) {
                errors.add(error(row, column, text, "geo.import.error.required"));
            }
            return null;
        }
        WholeNumber n = WholeNumber.parse(text);
        if (!n.ok()) {
            errors.add(error(row, column, text, n.problemKey()));
        }
        return n.value();
    }

    private String cell(List<String> cells, PopulationColumn column) {
        Integer i = columns.get(column);
        return i == null || i >= cells.size() || cells.get(i) == null ? "" : cells.get(i).strip();
    }

    static PopulationRow.RowError error(int row, PopulationColumn column, String value, String key, Object... args) {
        return new PopulationRow.RowError(row, column.header(), value, key, args);
    }
}
