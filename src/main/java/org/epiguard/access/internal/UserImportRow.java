package org.epiguard.access.internal;

import java.io.IOException;
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
    static List<UserImportRow> parse(String fileName, byte[] content) {
        List<List<String>> table;
        try {
            table = TabularFile.read(fileName, content);
        } catch (IOException e) {
            throw InvalidInputException.of("file", "access.import.unreadable");
        }
        if (table.isEmpty()) {
            throw InvalidInputException.of("file", "access.import.empty");
        }
        Map<UserImportColumn, Integer> index = new EnumMap<>(UserImportColumn.class);
        List<String> header = table.getFirst();
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
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<UserImportColumn, String> values = new EnumMap<>(UserImportColumn.class);
            index.forEach((column, i) -> values.put(column, i < cells.size() ? cells.get(i) : ""));
            rows.add(new UserImportRow(r + 1, values));
        }
        return rows;
    }
}
