package org.epiguard.vaccination.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.platform.db.ImportJobTable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;

/** The job table of dose imports (vacc_import_job) and their error rows. Writes here commit at once (progress). */
@Repository
class DoseImportJobStore {

    private static final RowMapper<DoseImportJob> MAPPER = (rs, i) -> new DoseImportJob(rs.getLong("id"),
            rs.getString("file_name"), rs.getString("state"), rs.getInt("rows_read"), rs.getInt("doses_added"),
            rs.getInt("doses_known"), rs.getInt("people_created"), rs.getInt("rows_rejected"),
            rs.getObject("same_as_job", Long.class), rs.getString("failure"),
            rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class));

    private final JdbcClient jdbc;
    private final ImportJobTable<DoseImportJob> table;

    DoseImportJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.table = new ImportJobTable<>(jdbc, "vacc_import_job", "vacc_import_error", MAPPER);
    }

    /** The jobs and their error rows, as every import of the application keeps them. */
    ImportJobTable<DoseImportJob> table() {
        return table;
    }

    long create(CurrentUser owner, String fileName, String fileHash) {
        return table.create(owner.id(), owner.username(), owner.captureScope().level().name(), owner.captureScope().code(),
                fileName, fileHash);
    }

    void finishSameAs(long id, long earlier) {
        jdbc.sql("""
                        update vacc_import_job j set state = 'DONE', same_as_job = :e, finished_at = now(),
                               rows_read = (select rows_read from vacc_import_job where id = :e),
                               doses_known = (select doses_added + doses_known from vacc_import_job where id = :e)
                         where id = :id""")
                .param("e", earlier).param("id", id).update();
    }
}
