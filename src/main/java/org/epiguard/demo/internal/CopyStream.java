package org.epiguard.demo.internal;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Rows streamed into PostgreSQL with COPY … FROM STDIN in the text format, column after column. */
final class CopyStream implements AutoCloseable {

    private final PGCopyOutputStream out;
    private final StringBuilder row = new StringBuilder(512);
    private boolean firstColumn = true;
    private long rows;

    /** tableAndColumns: "people_person (full_name, birth_year, …)". */
    CopyStream(Connection connection, String tableAndColumns) throws SQLException {
        this.out = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "copy " + tableAndColumns + " from stdin", 1 << 16);
    }

    CopyStream col(Object value) {
        separate();
        if (value == null) {
            row.append("\\N");
        } else {
            escape(value.toString());
        }
        return this;
    }

    /** A text[] column; the elements are plain codes (letters, digits, underscore). */
    CopyStream array(List<String> values) {
        separate();
        row.append('{').append(String.join(",", values)).append('}');
        return this;
    }

    void endRow() {
        row.append('\n');
        try {
            out.write(row.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row.setLength(0);
        firstColumn = true;
        rows++;
    }

    @Override
    public void close() throws SQLException {
        out.endCopy();
    }

    long rows() {
        return rows;
    }

    private void separate() {
        if (!firstColumn) {
            row.append('\t');
        }
        firstColumn = false;
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
    }
}
