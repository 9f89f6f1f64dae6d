package org.epiguard.platform.files;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_made_inert() {
        assertThat(CsvWriter.field("=HYPERLINK(\"x\")", CsvWriter.Quoting.WHEN_NEEDED))
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvWriter.field("+84912", CsvWriter.Quoting.WHEN_NEEDED)).isEqualTo("'+84912");
        assertThat(CsvWriter.field("-1", CsvWriter.Quoting.WHEN_NEEDED)).isEqualTo("'-1");
        assertThat(CsvWriter.field("@SUM(A1)", CsvWriter.Quoting.ALL_TEXT)).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvWriter.field("\t=1", CsvWriter.Quoting.WHEN_NEEDED)).isEqualTo("'\t=1");
    }

    @Test
    void cells_are_quoted_when_they_hold_a_comma_a_quote_or_a_line_break_or_always_if_asked() {
        assertThat(CsvWriter.field("Thôn 1, Khe Cát", CsvWriter.Quoting.WHEN_NEEDED)).isEqualTo("\"Thôn 1, Khe Cát\"");
        assertThat(CsvWriter.field("dòng 1\ndòng 2", CsvWriter.Quoting.WHEN_NEEDED)).isEqualTo("\"dòng 1\ndòng 2\"");
        assertThat(CsvWriter.field("plain", CsvWriter.Quoting.WHEN_NEEDED)).isEqualTo("plain");
        assertThat(CsvWriter.field("plain", CsvWriter.Quoting.ALL_TEXT)).isEqualTo("\"plain\"");
        assertThat(CsvWriter.field(null, CsvWriter.Quoting.WHEN_NEEDED)).isEmpty();
    }

    @Test
    void a_file_starts_with_a_byte_order_mark_ends_lines_with_crlf_and_leaves_numbers_bare() {
        byte[] file = new CsvWriter(CsvWriter.Quoting.ALL_TEXT).row("Dòng", "Lỗi").row(3, "-1 là số âm").toBytes();
        assertThat(new String(file, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF\"Dòng\",\"Lỗi\"\r\n3,\"'-1 là số âm\"\r\n");
    }

    @Test
    void what_the_writer_writes_the_reader_reads_back() throws UnreadableTableException {
        byte[] file = new CsvWriter(CsvWriter.Quoting.WHEN_NEEDED).row("mã", "tên").row("06673", "Bãi Cháy, \"Hạ Long\"")
                .toBytes();
        assertThat(UploadedTable.read(file).rows()).extracting(UploadedTable.Row::cells)
                .containsExactly(java.util.List.of("mã", "tên"), java.util.List.of("06673", "Bãi Cháy, \"Hạ Long\""));
    }
}
