package org.epiguard.platform.files;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class UploadedTableTest {

    private static List<UploadedTable.Row> csv(String text) throws UnreadableTableException {
        return UploadedTable.read(text.getBytes(StandardCharsets.UTF_8)).rows();
    }

    private static List<List<String>> cells(List<UploadedTable.Row> rows) {
        return rows.stream().map(UploadedTable.Row::cells).toList();
    }

    @Test
    void a_csv_as_excel_writes_it_with_a_byte_order_mark_crlf_and_quoted_separators_and_quotes()
            throws UnreadableTableException {
        assertThat(cells(csv("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n")))
                .containsExactly(List.of("a", "b"), List.of("x, y", "say \"hi\""));
    }

    @Test
    void the_separator_is_the_one_that_splits_the_first_line_most_comma_semicolon_or_tab()
            throws UnreadableTableException {
        assertThat(cells(csv("mã đơn vị;tổng\n06673;1,5"))).containsExactly(List.of("mã đơn vị", "tổng"),
                List.of("06673", "1,5"));
        assertThat(cells(csv("a\tb\n1\t2"))).containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(cells(csv("\"tên, họ\";\"mã, số\";x\n1;2;3"))).as("separators inside quotes do not count")
                .containsExactly(List.of("tên, họ", "mã, số", "x"), List.of("1", "2", "3"));
        assertThat(cells(csv("một cột\ngiá trị"))).containsExactly(List.of("một cột"), List.of("giá trị"));
    }

    @Test
    void a_quoted_cell_may_hold_a_line_break_and_stays_on_its_spreadsheet_row() throws UnreadableTableException {
        assertThat(csv("tên;địa chỉ\r\nLan;\"Thôn 1\r\nKhe Cát\"\r\nHoa;Bãi Cháy\r\n"))
                .extracting(UploadedTable.Row::number, UploadedTable.Row::cells)
                .containsExactly(tuple(1, List.of("tên", "địa chỉ")), tuple(2, List.of("Lan", "Thôn 1\r\nKhe Cát")),
                        tuple(3, List.of("Hoa", "Bãi Cháy")));
    }

    @Test
    void blank_lines_are_rows_with_their_numbers_and_cells_lose_surrounding_spaces() throws UnreadableTableException {
        var rows = csv("a,b\n\n  x , \" y \" \r\n;\rlast,1");
        assertThat(rows).extracting(UploadedTable.Row::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(rows.get(1).blank()).isTrue();
        assertThat(rows.get(2).cells()).containsExactly("x", "y");
        assertThat(rows.get(3).cells()).containsExactly(";");
        assertThat(rows.get(4).cells()).containsExactly("last", "1");
        assertThat(rows.get(2).cell(5)).as("beyond the last cell").isEmpty();
    }

    @Test
    void an_empty_file_is_a_table_without_rows() throws UnreadableTableException {
        assertThat(UploadedTable.read(new byte[0]).rows()).isEmpty();
        assertThat(csv("\uFEFF")).isEmpty();
    }

    @Test
    void the_first_sheet_of_an_xlsx_gives_whole_numbers_without_decimals_and_keeps_row_numbers() throws Exception {
        byte[] xlsx;
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("dân số");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("mã đơn vị");
            header.createCell(1).setCellValue(" tổng ");
            Row numbers = sheet.createRow(1);
            numbers.createCell(0).setCellValue(6673);            // Excel dropped the leading zero: the caller's concern
            numbers.createCell(1).setCellValue(12.5);
            numbers.createCell(3).setCellValue(true);
            Row dated = sheet.createRow(2);
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            var date = dated.createCell(0);
            date.setCellValue(LocalDate.of(2021, 5, 7));
            date.setCellStyle(dateStyle);
            dated.createCell(1).setCellFormula("A2*2");
            dated.createCell(2).setCellErrorValue(FormulaError.NA.getCode());
            sheet.createRow(3);                                   // a blank row that exists in the sheet
            sheet.createRow(6).createCell(0).setCellValue("02242"); // rows 5 and 6 are not in the sheet
            wb.createSheet("other").createRow(0).createCell(0).setCellValue("ignored");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            xlsx = out.toByteArray();
        }
        var rows = UploadedTable.read(xlsx).rows();
        assertThat(rows).extracting(UploadedTable.Row::number, UploadedTable.Row::cells).containsExactly(
                tuple(1, List.of("mã đơn vị", "tổng")),
                tuple(2, List.of("6673", "12.5", "", "true")),
                tuple(3, List.of("07/05/2021", "13346", "#N/A")),
                tuple(4, List.of()),
                tuple(7, List.of("02242")));
        assertThat(rows.get(3).blank()).isTrue();
    }

    @Test
    void an_excel_97_2003_workbook_is_refused_as_such() {
        assertThatThrownBy(() -> UploadedTable.read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0}))
                .isInstanceOf(UnreadableTableException.class)
                .hasMessageContaining(".xls")
                .extracting(e -> ((UnreadableTableException) e).reason())
                .isEqualTo(UnreadableTableException.Reason.LEGACY_EXCEL);
    }

    @Test
    void a_damaged_workbook_or_another_zip_is_refused() throws IOException {
        var zip = new ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            out.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        for (byte[] content : List.of("PK not a workbook".getBytes(StandardCharsets.UTF_8), zip.toByteArray())) {
            assertThatThrownBy(() -> UploadedTable.read(content))
                    .isInstanceOf(UnreadableTableException.class)
                    .hasMessageContaining("XLSX")
                    .extracting(e -> ((UnreadableTableException) e).reason())
                    .isEqualTo(UnreadableTableException.Reason.BROKEN_WORKBOOK);
        }
    }

    @Test
    void garbage_bytes_or_text_in_another_encoding_are_refused_not_read_as_mangled_text() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        byte[] windows1258 = "mã,tên\n06673,Bãi Cháy\n".getBytes(java.nio.charset.Charset.forName("windows-1258"));
        byte[] nul = "a,b\n1,\u00002\n".getBytes(StandardCharsets.UTF_8);
        for (byte[] content : List.of(png, windows1258, nul)) {
            assertThatThrownBy(() -> UploadedTable.read(content))
                    .isInstanceOf(UnreadableTableException.class)
                    .hasMessageContaining("UTF-8")
                    .extracting(e -> ((UnreadableTableException) e).reason())
                    .isEqualTo(UnreadableTableException.Reason.NOT_UTF8_TEXT);
        }
    }
}
