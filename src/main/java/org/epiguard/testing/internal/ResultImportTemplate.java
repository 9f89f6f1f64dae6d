package org.epiguard.testing.internal;

import org.epiguard.platform.files.CsvWriter;
import org.epiguard.platform.files.TemplateWorkbook;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The downloadable templates of the result file, with the Vietnamese headers the upload recognises:
 * a CSV with the headers and example rows (a rapid test, an RT-PCR of one sample, a pool), and an
 * XLSX whose first sheet (the one the upload reads) has the headers over columns formatted as text,
 * so that a CCCD or a commune code keeps its leading zeros, and whose second sheet explains the
 * values and repeats the examples.
 */
@Component
class ResultImportTemplate {

    static final List<List<String>> EXAMPLES = List.of(
            List.of("022085001234", "Nguyễn Văn An", "12/03/1985", "Nam", "0912345678", "06673", "", "", "Test nhanh",
                    "Âm tính", "", "", "15/08/2021 08:30", ""),
            List.of("022085001234", "Nguyễn Văn An", "12/03/1985", "Nam", "0912345678", "06673", "QN2108150001", "",
                    "RT-PCR", "Dương tính", "24,5", "15/08/2021 08:30", "15/08/2021 20:00", "Phòng xét nghiệm CDC Quảng Ninh"),
            List.of("", "", "", "", "", "", "", "GQN2108150007", "RT-PCR gộp", "Âm tính", "", "",
                    "15/08/2021 21:00", "Phòng xét nghiệm CDC Quảng Ninh"));

    static final List<List<String>> VALUES = List.of(
            List.of("Loại xét nghiệm", "Test nhanh · Tự test · RT-PCR · RT-PCR gộp"),
            List.of("Kết quả", "Dương tính · Âm tính · Không xác định"),
            List.of("Giá trị Ct", "Chỉ với RT-PCR, từ 0 đến 50 (ví dụ 24,5)"),
            List.of("Thời gian", "dd/MM/yyyy HH:mm (hoặc dd/MM/yyyy)"),
            List.of("Người", "Số CCCD/CMND, hoặc Họ tên + Ngày sinh + Mã xã (người chưa có được thêm mới)"),
            List.of("Mã mẫu", "Mẫu đã có thì ghi kết quả cho mẫu đó; mẫu chưa có được tạo mới (RT-PCR cần Thời gian lấy mẫu)"),
            List.of("Mã mẫu gộp", "Chỉ với RT-PCR gộp: kết quả của ống gộp đã có"),
            List.of("Đơn vị xét nghiệm", "Tên hoặc mã số của đơn vị; để trống là đơn vị của bạn"));

    static List<String> headers() {
        return Arrays.stream(ResultImportColumn.values()).map(ResultImportColumn::header).toList();
    }

    byte[] csv() {
        CsvWriter csv = new CsvWriter(CsvWriter.Quoting.WHEN_NEEDED).row(headers());
        EXAMPLES.forEach(csv::row);
        return csv.toBytes();
    }

    byte[] xlsx() throws IOException {
        return TemplateWorkbook.build("Kết quả xét nghiệm", headers(), new TemplateWorkbook.Help("Hướng dẫn", null,
                VALUES, true, "Ví dụ (sheet \"Kết quả xét nghiệm\")", EXAMPLES, 24, 80));
    }
}
