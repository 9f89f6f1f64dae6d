package org.epiguard.testing.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.platform.db.ImportJobTable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Map;

/** The job table of result uploads (testing_import_job) and their error rows (testing_import_error). */
@Repository
class ResultImportJobStore {

    private static final RowMapper<ResultImportJob> MAPPER = (rs, i) -> new ResultImportJob(rs.getLong("id"),
            rs.getString("file_name"), rs.getString("state"), rs.getInt("rows_read"), rs.getInt("results_added"),
            rs.getInt("results_known"), rs.getInt("samples_created"), rs.getInt("people_created"),
            rs.getInt("retests_ordered"), rs.getInt("alerts_raised"), rs.getInt("rows_rejected"),
            rs.getObject("same_as_job", Long.class), rs.getString("failure"),
            rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class));

    private final JdbcClient jdbc;
    private final ImportJobTable<ResultImportJob> table;

    ResultImportJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.table = new ImportJobTable<>(jdbc, "testing_import_job", "testing_import_error", MAPPER);
    }

    /** The jobs and their error rows, as every import of the application keeps them. */
    ImportJobTable<ResultImportJob> table() {
        return table;
    }

    long create(CurrentUser owner, String fileName, String fileHash) {
        return table.create(owner.id(), owner.username(), owner.captureScope().level().name(), owner.captureScope().code(),
                fileName, fileHash);
    }

    void finishSameAs(long id, long earlier) {
        jdbc.sql("""
                        update testing_import_job j set state = 'DONE', same_as_job = :e, finished_at = now(),
                               rows_read = (select rows_read from testing_import_job where id = :e),
                               results_known = (select results_added + results_known from testing_import_job where id = :e)
                         where id = :id""")
                .param("e", earlier).param("id", id).update();
    }

    /** The job's end, written in the job's own transaction (the counts as {@link ResultImportRun} names them). */
    static void finish(JdbcClient tx, long id, Map<String, Object> counts) {
        tx.sql("""
                        update testing_import_job set state = 'DONE', rows_read = :rowsRead, results_added = :resultsAdded,
                               results_known = :resultsKnown, samples_created = :samplesCreated,
                               people_created = :peopleCreated, retests_ordered = :retestsOrdered,
                               alerts_raised = :alertsRaised, rows_rejected = :rowsRejected, finished_at = now()
                         where id = :job""")
                .params(counts).param("job", id).update();
    }
}
