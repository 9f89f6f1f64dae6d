package org.epiguard.testing.internal;

import org.epiguard.access.CurrentUser;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The job table of result uploads (testing_import_job) and their error rows. Writes here commit at once (progress). */
@Repository
class ResultImportJobStore {

    private static final RowMapper<ResultImportJob> MAPPER = (rs, i) -> new ResultImportJob(rs.getLong("id"),
            rs.getString("file_name"), rs.getString("state"), rs.getInt("rows_read"), rs.getInt("results_added"),
            rs.getInt("results_known"), rs.getInt("samples_created"), rs.getInt("people_created"),
            rs.getInt("retests_ordered"), rs.getInt("alerts_raised"), rs.getInt("rows_rejected"),
            rs.getObject("same_as_job", Long.class), rs.getString("failure"),
            rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class));

    record StoredError(int row, String field, String problem, String value, String detail) {
    }

    private final JdbcClient jdbc;

    ResultImportJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(CurrentUser owner, String fileName, String fileHash) {
        return jdbc.sql("""
                        insert into testing_import_job (owner_id, owner_username, capture_level, capture_code, file_name, file_hash)
                        values (:o, :u, :l, :c, :f, :h) returning id""")
                .param("o", owner.id()).param("u", owner.username()).param("l", owner.captureScope().level().name())
                .param("c", owner.captureScope().code()).param("f", fileName).param("h", fileHash)
                .query(Long.class).single();
    }

    /** A job of this owner; anyone else's does not exist. */
    Optional<ResultImportJob> find(long id, long ownerId) {
        return jdbc.sql("select * from testing_import_job where id = :id and owner_id = :o")
                .param("id", id).param("o", ownerId).query(MAPPER).optional();
    }

    List<ResultImportJob> recent(long ownerId) {
        return jdbc.sql("select * from testing_import_job where owner_id = :o order by started_at desc, id desc limit 20")
                .param("o", ownerId).query(MAPPER).list();
    }

    String fileName(long id) {
        return jdbc.sql("select file_name from testing_import_job where id = :id").param("id", id).query(String.class).single();
    }

    /** The earlier completed job that uploaded the same file in the same capture scope, if any. */
    Long earlierUploadOfSameFile(long id) {
        return jdbc.sql("""
                        select e.id from testing_import_job j join testing_import_job e
                            on e.file_hash = j.file_hash and e.capture_level = j.capture_level
                           and e.capture_code = j.capture_code and e.state = 'DONE' and e.same_as_job is null and e.id < j.id
                         where j.id = :id order by e.id limit 1""")
                .param("id", id).query(Long.class).optional().orElse(null);
    }

    void state(long id, String state) {
        jdbc.sql("update testing_import_job set state = :s where id = :id").param("s", state).param("id", id).update();
    }

    void progress(long id, int rowsRead) {
        jdbc.sql("update testing_import_job set rows_read = :r where id = :id").param("r", rowsRead).param("id", id).update();
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

    void fail(long id, String failure) {
        jdbc.sql("update testing_import_job set state = 'FAILED', failure = :f, finished_at = now() where id = :id")
                .param("f", failure).param("id", id).update();
    }

    /** Jobs that were running when the application stopped will not finish. */
    int failInterrupted() {
        return jdbc.sql("""
                        update testing_import_job set state = 'FAILED', failure = 'testing.import.interrupted',
                               finished_at = now() where state not in ('DONE', 'FAILED')""").update();
    }

    List<StoredError> errors(long jobId, int limit) {
        return jdbc.sql("""
                        select row_no, field, problem, value, detail from testing_import_error
                         where job_id = :j order by row_no, field limit :n""")
                .param("j", jobId).param("n", limit)
                .query((rs, i) -> new StoredError(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }
}
