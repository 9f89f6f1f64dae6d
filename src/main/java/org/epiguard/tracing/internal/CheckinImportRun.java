package org.epiguard.tracing.internal;

import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.platform.db.CopyRows;
import org.epiguard.platform.db.ImportJobTable;
import org.epiguard.platform.files.HeaderedColumn;
import org.epiguard.platform.files.StreamedTable;
import org.epiguard.platform.files.UnreadableTableException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/**
 * One check-in file, start to end, on one connection and in one transaction: rows streamed with
 * COPY into the staging table, checked and written by {@link CheckinSql} (the same rules as the JSON
 * batch; a venue outside the capture scope is a row error here, so good rows are not lost), error
 * rows, counts and the IMPORT audit record. Progress goes to the job row on another connection.
 */
@Component
class CheckinImportRun {

    static final int PROGRESS_EVERY = 50_000;

    /** The problem that refuses a whole file (message key). */
    static final class FileRefused extends Exception {
        FileRefused(String message) {
            super(message);
        }
    }

    private final DataSource dataSource;
    private final AuditTrail audit;

    CheckinImportRun(DataSource dataSource, AuditTrail audit) {
        this.dataSource = dataSource;
        this.audit = audit;
    }

    void run(ImportJobTable<CheckinImportJob> jobs, long jobId, Path file, CurrentUser owner)
            throws IOException, SQLException, FileRefused {
        try (Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(false);
            try {
                JdbcClient tx = JdbcClient.create(new SingleConnectionDataSource(conn, true));
                tx.sql(CheckinSql.STAGE).update();
                jobs.state(jobId, "READING");
                int rows = stage(conn, jobs, jobId, file);
                jobs.state(jobId, "VALIDATING");
                long rejected = CheckinSql.check(tx, owner.captureScope());
                Map<String, Object> counts = CheckinSql.write(tx, "IMPORT", jobId);
                tx.sql(CheckinSql.SAVE_ERRORS).param("job", jobId).update();
                counts.put("rowsRead", rows);
                counts.put("rowsRejected", rejected);
                tx.sql("""
                                update tracing_checkin_import_job set state = 'DONE', rows_read = :rows, checkins_added = :added,
                                       checkins_known = :known, rows_rejected = :rejected, finished_at = now() where id = :job""")
                        .param("rows", rows).param("added", counts.get("added")).param("known", counts.get("known"))
                        .param("rejected", rejected).param("job", jobId).update();
                audit.record(owner.id(), owner.username(), AuditTrail.Action.IMPORT, "tracing_checkin_import_job", jobId,
                        null, "check-in import " + jobs.fileName(jobId), null, counts);
                conn.commit();
            } catch (IOException | SQLException | FileRefused | RuntimeException e) {
                conn.rollback();
                throw e;
            }
        }
    }

    private int stage(Connection conn, ImportJobTable<CheckinImportJob> jobs, long jobId, Path file)
            throws IOException, SQLException, FileRefused {
        Map<CheckinImportColumn, Integer> columns = new EnumMap<>(CheckinImportColumn.class);
        int[] count = {0};
        CopyRows[] copy = {null};
        try {
            StreamedTable.read(file, row -> {
                if (row.blank()) {
                    return;
                }
                if (copy[0] == null) {
                    for (int i = 0; i < row.cells().size(); i++) {
                        int index = i;
                        HeaderedColumn.byHeader(CheckinImportColumn.values(), row.cell(i))
                                .ifPresent(c -> columns.putIfAbsent(c, index));
                    }
                    if (!columns.containsKey(CheckinImportColumn.VENUE_ID) || !columns.containsKey(CheckinImportColumn.CHECKED_IN_AT)
                            || !columns.containsKey(CheckinImportColumn.PERSON_ID) && !columns.containsKey(CheckinImportColumn.CITIZEN_ID)) {
                        throw new MissingColumns();
                    }
                    copy[0] = CopyRows.start(conn, CheckinSql.COPY);
                    return;
                }
                copy[0].cell(row.number());
                for (CheckinImportColumn c : CheckinImportColumn.values()) {
                    copy[0].cell(columns.containsKey(c) ? row.cell(columns.get(c)) : null);
                }
                copy[0].endRow();
                if (++count[0] % PROGRESS_EVERY == 0) {
                    jobs.progress(jobId, count[0]);
                }
            });
        } catch (MissingColumns e) {
            throw new FileRefused("tracing.checkins.import.missingColumns");
        } catch (UnreadableTableException | StreamedTable.NotText e) {
            throw new FileRefused("tracing.checkins.import.unreadable");
        } catch (CopyRows.Failed e) {
            throw e.getCause();
        }
        if (copy[0] == null) {
            throw new FileRefused("tracing.checkins.import.empty");
        }
        copy[0].finish();
        jobs.progress(jobId, count[0]);
        return count[0];
    }

    private static final class MissingColumns extends RuntimeException {
    }
}
