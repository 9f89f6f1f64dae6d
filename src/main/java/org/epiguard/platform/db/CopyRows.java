package org.epiguard.platform.db;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Rows streamed into a table with PostgreSQL's {@code COPY … FROM STDIN (format text)}, buffered in
 * 64 KiB chunks: {@link #cell} for each value of a row, {@link #endRow} after it, {@link #finish} at
 * the end. An empty or null cell is NULL; backslash, tab and line breaks are escaped. A failure of the
 * database comes out as {@link Failed}, unchecked, so that rows can be written from a callback.
 */
public final class CopyRows {

    /** The database refused the COPY; {@link #getCause()} says why. */
    public static final class Failed extends RuntimeException {
        Failed(SQLException e) {
            super(e);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private static final int CHUNK = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK * 2);
    private boolean first = true;

    private CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    /** Starts {@code copySql} ("copy t (a, b) from stdin (format text)") on the connection. */
    public static CopyRows start(Connection conn, String copySql) {
        try {
            return new CopyRows(conn.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql));
        } catch (SQLException e) {
            throw new Failed(e);
        }
    }

    public CopyRows cell(long value) {
        separate();
        buffer.append(value);
        return this;
    }

    public CopyRows cell(String value) {
        separate();
        if (value == null || value.isEmpty()) {
            buffer.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(ch);
            }
        }
        return this;
    }

    public void endRow() {
        buffer.append('\n');
        first = true;
        if (buffer.length() > CHUNK) {
            flush();
        }
    }

    /** Sends what is left and ends the COPY; the number of rows the database took. */
    public long finish() {
        flush();
        try {
            return copy.endCopy();
        } catch (SQLException e) {
            throw new Failed(e);
        }
    }

    private void separate() {
        if (!first) {
            buffer.append('\t');
        }
        first = false;
    }

    private void flush() {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new Failed(e);
        }
        buffer.setLength(0);
    }
}
