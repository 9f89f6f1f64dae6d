package org.epiguard.platform.db;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Optional;

/**
 * The job table of a module's background file imports and its error table, which share their shape:
 * jobs with {@code id, owner_id, owner_username, capture_level, capture_code, file_name, file_hash,
 * state, rows_read, same_as_job, failure, started_at, finished_at} (and the module's own counts),
 * errors with {@code job_id, row_no, field, problem, value, detail}. Only a job's owner finds it.
 * Writes here commit at once, so that progress shows while the job's own transaction runs.
 */
public final class ImportJobTable<J> {

    /** One problem of one row, as stored: the row as the spreadsheet numbers it, the field, the problem code, the cell, a detail. */
    public record StoredError(int row, String field, String problem, String value, String detail) {
    }

    private final JdbcClient jdbc;
    private final String jobs;
    private final String errors;
    private final RowMapper<J> mapper;

    /** {@code jobTable} and {@code errorTable} are table names of the module's migration, never user input. */
    public ImportJobTable(JdbcClient jdbc, String jobTable, String errorTable, RowMapper<J> mapper) {
        if (!jobTable.matches("[a-z_]+") || !errorTable.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name");
        }
        this.jdbc = jdbc;
        this.jobs = jobTable;
        this.errors = errorTable;
        this.mapper = mapper;
    }

    public long create(long ownerId, String username, String captureLevel, String captureCode, String fileName,
                       String fileHash) {
        return jdbc.sql("insert into " + jobs + " " + """
                         (owner_id, owner_username, capture_level, capture_code, file_name, file_hash)
                        values (:o, :u, :l, :c, :f, :h) returning id""")
                .param("o", ownerId).param("u", username).param("l", captureLevel).param("c", captureCode)
                .param("f", fileName).param("h", fileHash).query(Long.class).single();
    }

    /** A job of this owner; anyone else's does not exist. */
    public Optional<J> find(long id, long ownerId) {
        return jdbc.sql("select * from " + jobs + " where id = :id and owner_id = :o")
                .param("id", id).param("o", ownerId).query(mapper).optional();
    }

    public List<J> recent(long ownerId) {
        return jdbc.sql("select * from " + jobs + " where owner_id = :o order by started_at desc, id desc limit 20")
                .param("o", ownerId).query(mapper).list();
    }

    public String fileName(long id) {
        return jdbc.sql("select file_name from " + jobs + " where id = :id").param("id", id).query(String.class).single();
    }

    /** The earlier completed job that imported the same file in the same capture scope, if any. */
    public Long earlierImportOfSameFile(long id) {
        return jdbc.sql("select e.id from " + jobs + " j join " + jobs + " " + """
                         e on e.file_hash = j.file_hash and e.capture_level = j.capture_level
                           and e.capture_code = j.capture_code and e.state = 'DONE' and e.same_as_job is null and e.id < j.id
                         where j.id = :id order by e.id limit 1""")
                .param("id", id).query(Long.class).optional().orElse(null);
    }

    public void state(long id, String state) {
        jdbc.sql("update " + jobs + " set state = :s where id = :id").param("s", state).param("id", id).update();
    }

    public void progress(long id, int rowsRead) {
        jdbc.sql("update " + jobs + " set rows_read = :r where id = :id").param("r", rowsRead).param("id", id).update();
    }

    public void fail(long id, String failure) {
        jdbc.sql("update " + jobs + " set state = 'FAILED', failure = :f, finished_at = now() where id = :id")
                .param("f", failure).param("id", id).update();
    }

    /** Jobs that were running when the application stopped will not finish; how many there were. */
    public int failInterrupted(String failure) {
        return jdbc.sql("update " + jobs + " set state = 'FAILED', failure = :f, finished_at = now()"
                        + " where state not in ('DONE', 'FAILED')").param("f", failure).update();
    }

    public List<StoredError> errors(long jobId, int limit) {
        return jdbc.sql("select row_no, field, problem, value, detail from " + errors
                        + " where job_id = :j order by row_no, field limit :n")
                .param("j", jobId).param("n", limit)
                .query((rs, i) -> new StoredError(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }
}
