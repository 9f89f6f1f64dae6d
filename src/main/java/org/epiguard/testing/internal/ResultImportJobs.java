package org.epiguard.testing.internal;

import jakarta.annotation.PreDestroy;
import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.platform.files.SavedUpload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Result uploads as background jobs: the upload is saved and hashed in the request, the job runs on
 * its own thread (one at a time), and only its owner sees it, its progress and its error file.
 * Whoever enters results singly uploads them, within the same capture scope.
 */
@Service
class ResultImportJobs {

    static final int ERRORS_SHOWN = 500;

    private static final Logger log = LoggerFactory.getLogger(ResultImportJobs.class);

    private final AccessContext access;
    private final ResultImportJobStore store;
    private final ResultImportRun runner;
    private final MessageSource messages;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "result-import");
        t.setDaemon(true);
        return t;
    });

    ResultImportJobs(AccessContext access, ResultImportJobStore store, ResultImportRun runner, MessageSource messages) {
        this.access = access;
        this.store = store;
        this.runner = runner;
        this.messages = messages;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        int n = store.table().failInterrupted("testing.import.interrupted");
        if (n > 0) {
            log.warn("{} result upload job(s) were interrupted by a restart", n);
        }
    }

    CurrentUser uploader() {
        CurrentUser user = access.currentUser();
        TestingAccess.requireEntry(user);
        return user;
    }

    /** Saves the upload, opens its job and starts it in the background. */
    ResultImportJob start(String fileName, InputStream content) throws IOException {
        CurrentUser owner = uploader();
        SavedUpload upload = SavedUpload.save("result-import-", fileName, content);
        long id = store.create(owner, upload.name(), upload.sha256());
        executor.execute(() -> runAndClean(id, upload.file(), owner));
        return store.table().find(id, owner.id()).orElseThrow();
    }

    /** Runs a job in the calling thread (the background thread, or a benchmark) and deletes its file. */
    void runAndClean(long id, Path file, CurrentUser owner) {
        try {
            runner.run(id, file, owner);
        } catch (ResultImportRun.FileRefused e) {
            store.table().fail(id, e.getMessage());
        } catch (Exception e) {
            log.error("result upload {} failed", id, e);
            store.table().fail(id, "testing.import.failed");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("could not delete {}", file);
            }
        }
    }

    ResultImportJob get(long id) {
        CurrentUser user = access.currentUser();
        TestingAccess.requireEntry(user);
        return store.table().find(id, user.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    List<ResultImportJob> recent() {
        return store.table().recent(uploader().id());
    }

    List<ResultImportError> errors(long id, int limit, Locale locale) {
        get(id);
        return store.table().errors(id, limit).stream().map(e -> new ResultImportError(e.row(), e.field(),
                ResultImportColumn.headerOf(e.field()), e.value(), e.problem(),
                messages.getMessage("testing.import.problem." + e.problem(),
                        new Object[]{e.value() == null ? "" : e.value(), e.detail() == null ? "" : e.detail()},
                        e.problem(), locale)))
                .toList();
    }

    /** The failure of a job in words ("key" or "key:argument"). */
    String failureText(ResultImportJob job, Locale locale) {
        if (job.failure() == null) {
            return null;
        }
        String[] parts = job.failure().split(":", 2);
        return messages.getMessage(parts[0], new Object[]{parts.length > 1 ? parts[1] : ""}, job.failure(), locale);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
