package org.epiguard.platform.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a small CSV file for spreadsheets (error lists, templates): UTF-8 with a byte-order mark so
 * that Excel shows Vietnamese text, comma separated, CRLF line ends, quotes as in RFC 4180. Text that
 * a spreadsheet would take for a formula (starting with = + - @, tab or CR) is made inert with a
 * leading apostrophe, since it may come from an uploaded file. Numbers are written as they are.
 */
public final class CsvWriter {

    /** Which text cells are put between quotes. */
    public enum Quoting {
        /** Only cells that hold a comma, a quote or a line break. */
        WHEN_NEEDED,
        /** Every text cell (numbers stay bare). */
        ALL_TEXT
    }

    private final Quoting quoting;
    private final StringBuilder text = new StringBuilder("\uFEFF");

    public CsvWriter(Quoting quoting) {
        this.quoting = quoting;
    }

    /** Adds a row; a {@link Number} is written bare, anything else as text (null as an empty cell). */
    public CsvWriter row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public CsvWriter row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            Object cell = cells.get(i);
            text.append(cell instanceof Number n ? n.toString() : field(cell == null ? "" : cell.toString(), quoting));
        }
        text.append("\r\n");
        return this;
    }

    public byte[] toBytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One text cell as a spreadsheet can open it without running it as a formula. */
    public static String field(String value, Quoting quoting) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        boolean needsQuotes = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        if (needsQuotes || quoting == Quoting.ALL_TEXT) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
