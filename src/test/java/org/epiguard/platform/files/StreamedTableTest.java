package org.epiguard.platform.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The streamed reading of a CSV file gives the rows {@link UploadedTable} gives for the same bytes. */
class StreamedTableTest {

    @TempDir
    Path dir;

    private List<UploadedTable.Row> streamed(String text) throws Exception {
        Path file = dir.resolve("t" + System.nanoTime() + ".csv");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        List<UploadedTable.Row> rows = new ArrayList<>();
        StreamedTable.read(file, rows::add);
        return rows;
    }

    private static List<UploadedTable.Row> whole(String text) throws UnreadableTableException {
        return UploadedTable.read(text.getBytes(StandardCharsets.UTF_8)).rows();
    }

    @Test
    void quotes_line_breaks_separators_byte_order_mark_and_blank_lines_read_as_the_whole_file_reader_reads_them()
            throws Exception {
        for (String text : List.of(
                "tên;địa chỉ\r\nLan;\"Thôn 1\r\nKhe Cát\"\r\nHoa;Bãi Cháy\r\n",
                "a,b\n\n  x , \" y \" \r\n;\rlast,1",
                "\uFEFFa,b\n\"nói \"\"xin chào\"\"\",2\n",
                "a\tb\n1\t2",
                "\"tên, họ\";\"mã, số\";x\n1;2;3\n",
                "x,\"\"\n\"\",y\r")) {
            assertThat(streamed(text)).as(text).isEqualTo(whole(text));
        }
    }

    @Test
    void rows_across_the_readers_buffer_keep_their_quotes_and_line_ends() throws Exception {
        StringBuilder text = new StringBuilder("mã,ghi chú\r\n");
        for (int i = 0; i < 20_000; i++) {
            // a doubled quote and a CRLF fall on every position of the 64 KiB buffer sooner or later
            text.append("M").append(i).append(",\"có \"\"dấu\"\" ").append(i % 7 == 0 ? "\r\n" : "").append("\"\r\n");
        }
        List<UploadedTable.Row> rows = streamed(text.toString());
        assertThat(rows).hasSize(20_001).isEqualTo(whole(text.toString()));
        assertThat(rows.get(8).cells()).containsExactly("M7", "có \"dấu\"");
    }

    @Test
    void an_empty_file_has_no_rows() throws Exception {
        assertThat(streamed("")).isEmpty();
        assertThat(streamed("\uFEFF")).isEmpty();
    }
}
