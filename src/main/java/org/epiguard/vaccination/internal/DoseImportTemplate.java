package org.epiguard.vaccination.internal;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.epiguard.platform.files.CsvWriter;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The downloadable templates of the dose file, with the Vietnamese headers the import recognises:
 * a CSV with the headers and an example row, and an XLSX whose first sheet (the one the import
 * reads) has the headers over columns formatted as text, so that a CCCD or a commune code keeps its
 * leading zeros, and whose second sheet lists the active vaccines and the same example.
 */
@Component
class DoseImportTemplate {

    static final List<Object> EXAMPLE = List.of("022085001234", "Nguyễn Văn An", "12/03/1985", "Nam", "0912345678",
            "06673", "AstraZeneca", "NJ0342", "15/08/2021", 1, "Trạm Y tế phường Bãi Cháy");

    private final VaccineProducts products;

    DoseImportTemplate(VaccineProducts products) {
        this.products = products;
    }

    static List<String> headers() {
        return Arrays.stream(DoseImportColumn.values()).map(DoseImportColumn::header).toList();
    }

    byte[] csv() {
        return new CsvWriter(CsvWriter.Quoting.WHEN_NEEDED).row(headers()).row(EXAMPLE).toBytes();
    }

    byte[] xlsx() throws IOException {
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet doses = wb.createSheet("Mũi tiêm");
            List<String> headers = headers();
            Row head = doses.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
                head.getCell(i).setCellStyle(bold);
                doses.setDefaultColumnStyle(i, text);
                doses.setColumnWidth(i, 20 * 256);
            }
            doses.createFreezePane(0, 1);

            Sheet help = wb.createSheet("Danh mục");
            int r = 0;
            Row title = help.createRow(r++);
            title.createCell(0).setCellValue("Loại vắc xin (ghi mã hoặc tên)");
            title.getCell(0).setCellStyle(bold);
            for (VaccineProduct p : products.active()) {
                Row row = help.createRow(r++);
                row.createCell(0).setCellValue(p.code());
                row.createCell(1).setCellValue(p.name());
            }
            r++;
            Row exampleTitle = help.createRow(r++);
            exampleTitle.createCell(0).setCellValue("Ví dụ một dòng (sheet \"Mũi tiêm\")");
            exampleTitle.getCell(0).setCellStyle(bold);
            Row columns = help.createRow(r++);
            Row example = help.createRow(r);
            for (int i = 0; i < headers.size(); i++) {
                columns.createCell(i).setCellValue(headers.get(i));
                example.createCell(i).setCellValue(EXAMPLE.get(i).toString());
            }
            help.setColumnWidth(0, 30 * 256);
            help.setColumnWidth(1, 30 * 256);
            wb.write(out);
            return out.toByteArray();
        }
    }
}
