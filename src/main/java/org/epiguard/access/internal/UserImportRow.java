package org.epiguard.access.internal;

import org.epiguard.platform.files.UnreadableTableException;
import org.epiguard.platform.files.UploadedTable;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One data row of a bulk user file, as text, with its spreadsheet row number (the header is row 1). */
record UserImportRow(int row, Map<UserImportColumn, String> cells) {

    String get(UserImportColumn column) {
        return UserRules.blankToNull(cells.get(column));
    }

    /**
     * Reads the rows of a file; refuses the whole file only when it cannot be read or lacks a
     * required column. Blank rows are skipped.
     */
    static List<UserImportRow> parse(byte[] content) {
        List<UploadedTable.Row> table;
        try {
            table = UploadedTable.read(content).rows();
        } catch (UnreadableTableException e) {
            throw InvalidInputException.of("file", e.reason() == UnreadableTableException.Reason.LEGACY_EXCEL
                    ? "access.import.oldExcel" : "access.import.unreadable");
        }
        if (table.isEmpty()) {
            throw InvalidInputException.of("file", "access.import.empty");
        }
        Map<UserImportColumn, Integer> index = new EnumMap<>(UserImportColumn.class);
        List<String> header = table.getFirst().cells();
        for (int i = 0; i < header.size(); i++) {
            for (UserImportColumn c : UserImportColumn.values()) {
                if (c.matches(header.get(i))) {
                    index.putIfAbsent(c, i);
                }
            }
        }
        Problems missing = new Problems();
        for (UserImportColumn c : UserImportColumn.values()) {
            if (c.required() && !index.containsKey(c)) {
                missing.add("file", "access.import.missingColumn", c.header());
            }
        }
        missing.throwIfAny();
        List<UserImportRow> rows = new ArrayList<>();
        for (UploadedTable.Row row : table.subList(1, table.size())) {
            if (row.blank()) {
                continue;
            }
            Map<UserImportColumn, String> values = new EnumMap<>(UserImportColumn.class);
            index.forEach((column, i) -> values.put(column, row.cell(i)));
            rows.add(new UserImportRow(row.number(), values));
        }
        return rows;
    }
}
