package org.epiguard.platform.files;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The XLSX template of an upload: a first sheet (the one the import reads) with the headers in bold
 * and every column formatted as text, so that leading zeros of IDs and codes survive; and a help sheet
 * with a list of label/value rows (optionally under a title) and, below, example rows under the headers.
 */
public final class TemplateWorkbook {

    private TemplateWorkbook() {
    }

    /** The help sheet: its name, an optional title, the rows of the list, whether their labels are bold, column widths. */
    public record Help(String sheetName, String listTitle, List<List<String>> list, boolean boldLabels,
                       String examplesTitle, List<List<String>> examples, int labelWidth, int valueWidth) {
    }

    public static byte[] build(String dataSheetName, List<String> headers, Help help) throws IOException {
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet data = wb.createSheet(dataSheetName);
            Row head = data.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
                head.getCell(i).setCellStyle(bold);
                data.setDefaultColumnStyle(i, text);
                data.setColumnWidth(i, 20 * 256);
            }
            data.createFreezePane(0, 1);

            Sheet sheet = wb.createSheet(help.sheetName());
            int r = 0;
            if (help.listTitle() != null) {
                Row title = sheet.createRow(r++);
                title.createCell(0).setCellValue(help.listTitle());
                title.getCell(0).setCellStyle(bold);
            }
            for (List<String> value : help.list()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < value.size(); i++) {
                    row.createCell(i).setCellValue(value.get(i));
                }
                if (help.boldLabels()) {
                    row.getCell(0).setCellStyle(bold);
                }
            }
            r++;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(help.examplesTitle());
            title.getCell(0).setCellStyle(bold);
            Row columns = sheet.createRow(r++);
            for (int i = 0; i < headers.size(); i++) {
                columns.createCell(i).setCellValue(headers.get(i));
            }
            for (List<String> example : help.examples()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < example.size(); i++) {
                    row.createCell(i).setCellValue(example.get(i));
                }
            }
            sheet.setColumnWidth(0, help.labelWidth() * 256);
            sheet.setColumnWidth(1, help.valueWidth() * 256);
            wb.write(out);
            return out.toByteArray();
        }
    }
}
