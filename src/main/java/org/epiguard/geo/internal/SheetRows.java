package org.epiguard.geo.internal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of an uploaded table, CSV (UTF-8) or XLSX (first sheet), as text cells with the row
 * numbers the user sees in their spreadsheet (the header is row 1). Whole numbers in XLSX cells
 * come out without decimals ("6673", not "6673.0").
 */
final class SheetRows {

    record SheetRow(int number, List<String> cells) {
        boolean empty() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    private SheetRows() {
    }

    static List<SheetRow> read(byte[] content) {
        if (content.length == 0) {
            throw InvalidInput.of("file", "geo.import.error.emptyFile");
        }
        if (content.length > 3 && content[0] == (byte) 0xD0 && content[1] == (byte) 0xCF) {
            throw InvalidInput.of("file", "geo.import.error.oldExcel");
        }
        if (content[0] == 'P' && content[1] == 'K') {
            return xlsx(content);
        }
        List<List<String>> table = CsvTable.parse(new String(content, StandardCharsets.UTF_8));
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            rows.add(new SheetRow(i + 1, table.get(i)));
        }
        return rows;
    }

    private static List<SheetRow> xlsx(byte[] content) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : text(cell, formatter));
                }
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw InvalidInput.of("file", "geo.import.error.unreadable");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? formatter.formatCellValue(cell)
                    : number(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).toPlainString();
    }
}
