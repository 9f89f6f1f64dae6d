package org.epiguard.vaccination.internal;

import org.epiguard.platform.files.CsvWriter;
import org.epiguard.platform.files.TemplateWorkbook;
import org.springframework.stereotype.Component;

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
        List<List<String>> vaccines = products.active().stream().map(p -> List.of(p.code(), p.name())).toList();
        return TemplateWorkbook.build("Mũi tiêm", headers(), new TemplateWorkbook.Help("Danh mục",
                "Loại vắc xin (ghi mã hoặc tên)", vaccines, false, "Ví dụ một dòng (sheet \"Mũi tiêm\")",
                List.of(EXAMPLE.stream().map(Object::toString).toList()), 30, 30));
    }
}
