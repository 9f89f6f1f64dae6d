package org.epiguard.platform.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of an uploaded file, one at a time, so that a national-platform export of millions of rows
 * never sits in memory: a CSV file is parsed as a stream (same dialect as {@link UploadedTable}:
 * UTF-8 with or without BOM, comma, semicolon or tab, RFC 4180 quotes); an XLSX workbook (at most
 * Excel's 1,048,576 rows) is read by {@link UploadedTable}.
 */
public final class StreamedTable {

    /** The file is neither a workbook nor UTF-8 text. */
    public static final class NotText extends IOException {
        NotText() {
            super("neither an XLSX workbook nor CSV text in UTF-8");
        }
    }

    public interface RowSink {
        void row(UploadedTable.Row row) throws IOException;
    }

    private static final char[] SEPARATORS = {',', ';', '\t'};

    private StreamedTable() {
    }

    public static void read(Path file, RowSink sink) throws IOException, UnreadableTableException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        if (n >= 2 && head[0] == 'P' && head[1] == 'K' || n == 4 && head[0] == (byte) 0xD0 && head[1] == (byte) 0xCF) {
            for (UploadedTable.Row row : UploadedTable.read(Files.readAllBytes(file)).rows()) {
                sink.row(row);
            }
            return;
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            csv(reader, sink);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new NotText();
        }
    }

    private static void csv(Reader reader, RowSink sink) throws IOException {
        reader.mark(1 << 15);
        char separator = separator(reader);
        reader.reset();
        int c = reader.read();
        if (c != '\uFEFF' && c >= 0) {
            reader.reset();
        }
        List<String> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int rowNo = 0;
        boolean any = false;
        Chars chars = new Chars(reader);
        while ((c = chars.next()) >= 0) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    if (chars.peek() == '"') {
                        chars.next();
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(field.toString().strip());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && chars.peek() == '\n') {
                    chars.next();
                }
                cells.add(field.toString().strip());
                field.setLength(0);
                sink.row(new UploadedTable.Row(++rowNo, cells));
                cells = new ArrayList<>();
                any = false;
            } else {
                field.append((char) c);
            }
        }
        if (any) {
            cells.add(field.toString().strip());
            sink.row(new UploadedTable.Row(++rowNo, cells));
        }
    }

    /** The characters of a reader through a buffer of this parser's own (not a lock per character). */
    private static final class Chars {
        private final Reader reader;
        private final char[] buffer = new char[1 << 16];
        private int position;
        private int length;

        Chars(Reader reader) {
            this.reader = reader;
        }

        int next() throws IOException {
            return position < length || fill() ? buffer[position++] : -1;
        }

        int peek() throws IOException {
            return position < length || fill() ? buffer[position] : -1;
        }

        private boolean fill() throws IOException {
            int n = reader.read(buffer, 0, buffer.length);
            position = 0;
            length = Math.max(n, 0);
            return n > 0;
        }
    }

    /** The separator that splits the first line into the most fields; comma on a tie. */
    private static char separator(Reader reader) throws IOException {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        int c;
        int read = 0;
        while ((c = reader.read()) >= 0 && read++ < (1 << 15) - 1) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (c == SEPARATORS[s]) {
                        counts[s]++;
                    }
                }
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return SEPARATORS[best];
    }
}
