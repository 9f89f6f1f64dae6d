package org.epiguard.platform.files;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of an uploaded table as text, each with the row number the user sees in their
 * spreadsheet (the header is usually row 1). Two kinds of file are read, told apart by their
 * content, not their name:
 * <ul>
 * <li>XLSX: the first sheet. Whole numbers come out without decimals ("6673", not "6673.0"; a code
 * whose leading zero Excel dropped stays the caller's concern), other numbers in plain notation,
 * dates as the sheet shows them, formulas by their last computed value, error cells as Excel shows
 * them ("#N/A"). Rows absent from the sheet are absent here; the numbers of the others say where
 * they are.</li>
 * <li>CSV as Excel and other tools write it: UTF-8 with or without a byte-order mark, fields
 * separated by comma, semicolon or tab (whichever splits the first line into most fields), quoted
 * with double quotes (doubled inside, separators and line breaks allowed inside), lines ended by
 * CRLF, LF or CR. Every line is a row, blank lines included.</li>
 * </ul>
 * Cells are stripped of surrounding white space. An Excel 97-2003 workbook, a damaged workbook or
 * bytes that are not UTF-8 text are refused with {@link UnreadableTableException}.
 */
public record UploadedTable(List<Row> rows) {

    /** A row of the table: its 1-based spreadsheet row number and its cells, left to right. */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell at a 0-based column index; "" beyond the last cell of the row. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        /** True when every cell is empty (a blank line, or a row of empty cells). */
        public boolean blank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    private static final char[] SEPARATORS = {',', ';', '\t'};

    public UploadedTable {
        rows = List.copyOf(rows);
    }

    /** Reads an uploaded file; an empty file is a table without rows. */
    public static UploadedTable read(byte[] content) throws UnreadableTableException {
        if (isLegacyExcel(content)) {
            throw new UnreadableTableException(UnreadableTableException.Reason.LEGACY_EXCEL,
                    "an Excel 97-2003 workbook (.xls): save it as .xlsx or CSV");
        }
        if (content.length >= 2 && content[0] == 'P' && content[1] == 'K') {
            return xlsx(content);
        }
        return csv(utf8(content));
    }

    /** The OLE2 compound document signature that .xls files (and other Office 97-2003 files) start with. */
    private static boolean isLegacyExcel(byte[] c) {
        return c.length >= 4 && c[0] == (byte) 0xD0 && c[1] == (byte) 0xCF && c[2] == 0x11 && c[3] == (byte) 0xE0;
    }

    private static String utf8(byte[] content) throws UnreadableTableException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableTableException(UnreadableTableException.Reason.NOT_UTF8_TEXT,
                    "neither an XLSX workbook nor CSV text in UTF-8", e);
        }
        boolean binary = text.chars().anyMatch(ch -> ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r');
        if (binary) {
            throw new UnreadableTableException(UnreadableTableException.Reason.NOT_UTF8_TEXT,
                    "binary content: neither an XLSX workbook nor CSV text in UTF-8");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static UploadedTable xlsx(byte[] content) throws UnreadableTableException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<Row> rows = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : text(cell, formatter).strip());
                }
                rows.add(new Row(row.getRowNum() + 1, cells));
            }
            return new UploadedTable(rows);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableTableException(UnreadableTableException.Reason.BROKEN_WORKBOOK,
                    "not a readable XLSX workbook", e);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? formatter.formatRawCellContents(cell.getNumericCellValue(),
                            cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString())
                    : number(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).toPlainString();
    }

    private static UploadedTable csv(String text) {
        char separator = separator(text);
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(field.toString().strip());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(field.toString().strip());
                field.setLength(0);
                rows.add(new Row(rows.size() + 1, cells));
                cells = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !cells.isEmpty()) {
            cells.add(field.toString().strip());
            rows.add(new Row(rows.size() + 1, cells));
        }
        return new UploadedTable(rows);
    }

    /** The separator that splits the first line (outside quotes) into the most fields; comma on a tie. */
    private static char separator(String text) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (c == SEPARATORS[s]) {
                        counts[s]++;
                    }
                }
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return SEPARATORS[best];
    }
}
