package org.epiguard.access.internal;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.epiguard.access.Role;
import org.epiguard.access.ScopeLevel;
import org.epiguard.platform.files.CsvWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The downloadable templates of the bulk user file: an XLSX whose first sheet has the Vietnamese
 * headers (all cells formatted as text, so that codes such as 06673 keep their zeros) and whose
 * second sheet lists the role and level codes with an example row; and the same headers as CSV.
 */
@Component
class UserImportTemplate {

    private static final String[] EXAMPLE = {"tyt.baichay", "Trạm Y tế phường Bãi Cháy", "COMMUNE_HEALTH_STATION",
            "COMMUNE", "06673", "0912345678", "tyt.baichay@example.vn", "Tam-thoi-2021"};

    private final MessageSource messages;

    UserImportTemplate(MessageSource messages) {
        this.messages = messages;
    }

    byte[] xlsx() throws IOException {
        Locale vi = Locale.forLanguageTag("vi");
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Sheet users = wb.createSheet("Người dùng");
            var header = users.createRow(0);
            UserImportColumn[] columns = UserImportColumn.values();
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].header());
                users.setDefaultColumnStyle(i, text);
                users.setColumnWidth(i, 22 * 256);
            }
            Sheet help = wb.createSheet("Danh mục");
            int r = 0;
            help.createRow(r++).createCell(0).setCellValue("vai trò");
            for (Role role : Role.values()) {
                var row = help.createRow(r++);
                row.createCell(0).setCellValue(role.name());
                row.createCell(1).setCellValue(messages.getMessage(role.labelKey(), null, vi));
                row.createCell(2).setCellValue(messages.getMessage("access.import.levelFor." + UserRules.requiredFor(role),
                        null, vi));
            }
            r++;
            help.createRow(r++).createCell(0).setCellValue("cấp phạm vi");
            for (ScopeLevel level : ScopeLevel.values()) {
                var row = help.createRow(r++);
                row.createCell(0).setCellValue(level.name());
                row.createCell(1).setCellValue(messages.getMessage("scope." + level.name(), null, vi));
                row.createCell(2).setCellValue(messages.getMessage("access.import.codeOf." + level.name(), null, vi));
            }
            r++;
            help.createRow(r++).createCell(0).setCellValue("ví dụ");
            var example = help.createRow(r);
            for (int i = 0; i < EXAMPLE.length; i++) {
                example.createCell(i).setCellValue(EXAMPLE[i]);
            }
            help.setColumnWidth(0, 28 * 256);
            help.setColumnWidth(1, 28 * 256);
            help.setColumnWidth(2, 60 * 256);
            wb.write(out);
            return out.toByteArray();
        }
    }

    byte[] csv() {
        return new CsvWriter(CsvWriter.Quoting.WHEN_NEEDED)
                .row(Arrays.stream(UserImportColumn.values()).map(UserImportColumn::header).toList()).toBytes();
    }
}
