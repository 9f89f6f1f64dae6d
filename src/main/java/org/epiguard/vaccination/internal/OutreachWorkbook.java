package org.epiguard.vaccination.internal;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An XLSX workbook with one sheet per village: a title line, the header row, one row per person. */
final class OutreachWorkbook {

    private OutreachWorkbook() {
    }

    interface RowValues {
        List<Object> of(OutreachEntry e);
    }

    static void write(List<VillageSheet> sheets, String title, String noVillage, List<String> headers,
                      RowValues values, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Set<String> used = new HashSet<>();
            for (VillageSheet s : sheets) {
                String label = s.villageName() == null ? noVillage : s.villageName();
                SXSSFSheet sheet = wb.createSheet(unique(WorkbookUtil.createSafeSheetName(label), used));
                int n = 0;
                Row head = sheet.createRow(n++);
                head.createCell(0).setCellValue(title + " — " + label + " (" + s.people().size() + ")");
                head.getCell(0).setCellStyle(bold);
                Row cols = sheet.createRow(n++);
                for (int i = 0; i < headers.size(); i++) {
                    cols.createCell(i).setCellValue(headers.get(i));
                    cols.getCell(i).setCellStyle(bold);
                }
                sheet.createFreezePane(0, 2);
                for (OutreachEntry e : s.people()) {
                    Row row = sheet.createRow(n++);
                    List<Object> v = values.of(e);
                    for (int i = 0; i < v.size(); i++) {
                        Object o = v.get(i);
                        if (o instanceof Number num) {
                            row.createCell(i).setCellValue(num.doubleValue());
                        } else if (o != null) {
                            row.createCell(i).setCellValue(o.toString());
                        }
                    }
                }
            }
            if (sheets.isEmpty()) {
                wb.createSheet(WorkbookUtil.createSafeSheetName(title)).createRow(0).createCell(0).setCellValue(title);
            }
            wb.write(out);
        }
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int i = 2; !used.add(candidate.toLowerCase()); i++) {
            String suffix = " (" + i + ")";
            candidate = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }
}
