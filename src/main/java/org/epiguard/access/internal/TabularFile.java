package org.epiguard.access.internal;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of an uploaded table, as text: the first sheet of an XLSX workbook, or a CSV file
 * (UTF-8, optional BOM, comma or semicolon as Excel writes it in Vietnamese locales, quotes as in
 * RFC 4180). Row i of the result is row i+1 of the spreadsheet.
 */
final class TabularFile {

    private TabularFile() {
    }

    static List<List<String>> read(String fileName, byte[] content) throws IOException {
        String name = fileName == null ? "" : fileName.toLowerCase();
        if (name.endsWith(".xlsx") || name.endsWith(".xls") || looksLikeZip(content)) {
            return xlsx(content);
        }
        return csv(new String(content, StandardCharsets.UTF_8));
    }

    private static boolean looksLikeZip(byte[] c) {
        return c.length > 2 && c[0] == 'P' && c[1] == 'K';
    }

    private static List<List<String>> xlsx(byte[] content) throws IOException {
        DataFormatter format = new DataFormatter();
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(format.formatCellValue(row.getCell(c)).strip());
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (RuntimeException e) {
            throw new IOException("not a readable XLSX workbook", e);
        }
    }

    static List<List<String>> csv(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        char sep = firstLine.chars().filter(ch -> ch == ';').count() > firstLine.chars().filter(ch -> ch == ',').count()
                ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == sep) {
                row.add(cell.toString().strip());
                cell.setLength(0);
            } else if (ch == '\n') {
                row.add(cell.toString().strip());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (ch != '\r') {
                cell.append(ch);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString().strip());
            rows.add(row);
        }
        return rows;
    }
}
