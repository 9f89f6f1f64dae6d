package org.epiguard.testing.internal;

/** One problem of an uploaded row: the row as the spreadsheet numbers it, the field, its column header, the cell and the message. */
record ResultImportError(int row, String field, String column, String value, String problem, String message) {
}
