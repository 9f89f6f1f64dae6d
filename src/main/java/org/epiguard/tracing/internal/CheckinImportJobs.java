package org.epiguard.tracing.internal;

import jakarta.annotation.PreDestroy;
import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.platform.db.ImportJobTable;
import org.epiguard.platform.files.SavedUpload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Check-in files as background jobs (the platform's job table and upload pieces): the upload is saved
 * and hashed in the request, the job runs on its own thread, one at a time; the same file again in
 * the same capture scope adds nothing and says which job had it. Only the owner sees a job.
 */
@Service
class CheckinImportJobs {

    record RowError(int row, String field, String column, String value, String problem, String message) {
    }

    private static final Logger log = LoggerFactory.getLogger(CheckinImportJobs.class);
    private static final RowMapper<CheckinImportJob> MAPPER = (rs, i) -> new CheckinImportJob(rs.getLong("id"),
            rs.getString("file_name"), rs.getString("state"), rs.getInt("rows_read"), rs.getInt("checkins_added"),
            rs.getInt("checkins_known"), rs.getInt("rows_rejected"), rs.getObject("same_as_job", Long.class),
            rs.getString("failure"), rs.getObject("started_at", OffsetDateTime.class),
            rs.getObject("finished_at", OffsetDateTime.class));

    private final AccessContext access;
    private final JdbcClient jdbc;
    private final ImportJobTable<CheckinImportJob> table;
    private final CheckinImportRun runner;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "checkin-import");
        t.setDaemon(true);
        return t;
    });

    CheckinImportJobs(AccessContext access, JdbcClient jdbc, CheckinImportRun runner, AuditTrail audit,
                      MessageSource messages) {
        this.access = access;
        this.jdbc = jdbc;
        this.table = new ImportJobTable<>(jdbc, "tracing_checkin_import_job", "tracing_checkin_import_error", MAPPER);
        this.runner = runner;
        this.audit = audit;
        this.messages = messages;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        int n = table.failInterrupted("tracing.checkins.import.interrupted");
        if (n > 0) {
            log.warn("{} check-in import job(s) were interrupted by a restart", n);
        }
    }

    CurrentUser importer() {
        return CheckinAccess.require(CheckinAccess.SEND, access.currentUser());
    }

    CheckinImportJob start(String fileName, InputStream content) throws IOException {
        CurrentUser owner = importer();
        SavedUpload upload = SavedUpload.save("checkin-import-", fileName, content);
        long id = table.create(owner.id(), owner.username(), owner.captureScope().level().name(),
                owner.captureScope().code(), upload.name(), upload.sha256());
        executor.execute(() -> runAndClean(id, upload.file(), owner));
        return table.find(id, owner.id()).orElseThrow();
    }

    private void runAndClean(long id, Path file, CurrentUser owner) {
        try {
            Long earlier = table.earlierImportOfSameFile(id);
            if (earlier != null) {
                sameAs(id, earlier, owner);
            } else {
                runner.run(table, id, file, owner);
            }
        } catch (CheckinImportRun.FileRefused e) {
            table.fail(id, e.getMessage());
        } catch (Exception e) {
            log.error("check-in import {} failed", id, e);
            table.fail(id, "tracing.checkins.import.failed");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("could not delete {}", file);
            }
        }
    }

    private void sameAs(long id, long earlier, CurrentUser owner) {
        jdbc.sql("""
                        update tracing_checkin_import_job j set state = 'DONE', same_as_job = :e, finished_at = now(),
                               rows_read = (select rows_read from tracing_checkin_import_job where id = :e),
                               checkins_known = (select checkins_added + checkins_known from tracing_checkin_import_job where id = :e)
                         where id = :id""")
                .param("e", earlier).param("id", id).update();
        audit.record(owner.id(), owner.username(), AuditTrail.Action.IMPORT, "tracing_checkin_import_job", id, null,
                "check-in import: the same file as job " + earlier + ", nothing added", null, Map.of("sameAsJob", earlier));
    }

    CheckinImportJob get(long id) {
        return table.find(id, access.currentUser().id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    List<CheckinImportJob> recent() {
        return table.recent(access.currentUser().id());
    }

    List<RowError> errors(long id, int limit, Locale locale) {
        get(id);
        return table.errors(id, limit).stream().map(e -> new RowError(e.row(), e.field(),
                CheckinImportColumn.headerOf(e.field()), e.value(), e.problem(),
                messages.getMessage("tracing.checkins.problem." + e.problem(), null, e.problem(), locale))).toList();
    }

    String failureText(CheckinImportJob job, Locale locale) {
        return job.failure() == null ? null : messages.getMessage(job.failure(), null, job.failure(), locale);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
