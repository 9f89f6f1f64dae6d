package org.epiguard.vaccination.internal;

/** One problem of an imported row: the row as the spreadsheet numbers it, the field, the cell and the message. */
record DoseImportError(int row, String field, String column, String value, String problem, String message) {
}
