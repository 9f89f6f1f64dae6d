package org.epiguard.platform.files;

/**
 * An uploaded file that is not a table {@link UploadedTable} can read. The {@link Reason} lets the
 * caller tell the user, in its own words, what to do (save as .xlsx, save as CSV UTF-8...).
 */
public class UnreadableTableException extends Exception {

    public enum Reason {
        /** An Excel 97-2003 workbook (.xls): the user should save it as .xlsx or CSV. */
        LEGACY_EXCEL,
        /** A ZIP file that is not a readable XLSX workbook (damaged, or another kind of document). */
        BROKEN_WORKBOOK,
        /** Neither a workbook nor UTF-8 text: a binary file, or text saved in another encoding. */
        NOT_UTF8_TEXT
    }

    private final Reason reason;

    UnreadableTableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    UnreadableTableException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
