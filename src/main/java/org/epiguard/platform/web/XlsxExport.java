package org.epiguard.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a list as an XLSX workbook, streaming (a window of rows in memory), so that an export of
 * hundreds of thousands of rows does not fill the heap.
 */
public final class XlsxExport implements AutoCloseable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(500);
    private final SXSSFSheet sheet;
    private int next;

    public XlsxExport(String sheetName, List<String> headers) {
        sheet = workbook.createSheet(sheetName);
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(next++);
        for (int i = 0; i < headers.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    public void row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            var cell = row.createCell(i);
            switch (v) {
                case Number n -> cell.setCellValue(n.doubleValue());
                case Boolean b -> cell.setCellValue(b);
                case LocalDate d -> cell.setCellValue(d.format(DATE));
                default -> cell.setCellValue(v.toString());
            }
        }
    }

    public int rows() {
        return next - 1;
    }

    public void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Sends a workbook as a download named {@code <name>-<date>.xlsx}. */
    public static void send(HttpServletResponse response, String name, String sheetName, List<String> headers,
                            Consumer<XlsxExport> rows) throws IOException {
        try (XlsxExport x = new XlsxExport(sheetName, headers)) {
            rows.accept(x);
            String file = name + "-" + LocalDate.now() + ".xlsx";
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode(file, StandardCharsets.UTF_8));
            x.writeTo(response.getOutputStream());
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
