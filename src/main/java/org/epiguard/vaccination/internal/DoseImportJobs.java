package org.epiguard.vaccination.internal;

import jakarta.annotation.PreDestroy;
import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.epiguard.access.ScopeLevel;
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
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Dose imports as background jobs: the upload is saved and hashed in the request, the job runs on
 * its own thread (one at a time), and only its owner sees it, its progress and its error file.
 */
@Service
class DoseImportJobs {

    /** Roles that record doses: commune health stations, district and province health authorities, the administrator. */
    static final Set<Role> IMPORTERS = DoseEntryAccess.ROLES;
    static final int ERRORS_SHOWN = 500;

    private static final Logger log = LoggerFactory.getLogger(DoseImportJobs.class);

    private final AccessContext access;
    private final DoseImportJobStore store;
    private final DoseImportRun runner;
    private final MessageSource messages;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dose-import");
        t.setDaemon(true);
        return t;
    });

    DoseImportJobs(AccessContext access, DoseImportJobStore store, DoseImportRun runner, MessageSource messages) {
        this.access = access;
        this.store = store;
        this.runner = runner;
        this.messages = messages;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        int n = store.table().failInterrupted("vaccination.doses.import.interrupted");
        if (n > 0) {
            log.warn("{} dose import job(s) were interrupted by a restart", n);
        }
    }

    static boolean mayImport(CurrentUser user) {
        return IMPORTERS.contains(user.role()) && user.captureScope().level() != ScopeLevel.UNIT;
    }

    CurrentUser importer() {
        CurrentUser user = access.currentUser();
        if (!mayImport(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user;
    }

    /** Saves the upload, opens its job and starts it in the background. */
    DoseImportJob start(String fileName, InputStream content) throws IOException {
        CurrentUser owner = importer();
        SavedUpload upload = SavedUpload.save("dose-import-", fileName, content);
        long id = store.create(owner, upload.name(), upload.sha256());
        executor.execute(() -> runAndClean(id, upload.file(), owner));
        return store.table().find(id, owner.id()).orElseThrow();
    }

    /** Runs a job in the calling thread (the background thread, or a benchmark). */
    void runAndClean(long id, Path file, CurrentUser owner) {
        try {
            runner.run(id, file, owner);
        } catch (DoseImportRun.FileRefused e) {
            store.table().fail(id, e.getMessage());
        } catch (Exception e) {
            log.error("dose import {} failed", id, e);
            store.table().fail(id, "vaccination.doses.import.failed");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("could not delete {}", file);
            }
        }
    }

    DoseImportJob get(long id) {
        return store.table().find(id, access.currentUser().id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    List<DoseImportJob> recent() {
        return store.table().recent(access.currentUser().id());
    }

    List<DoseImportError> errors(long id, int limit, Locale locale) {
        get(id);
        return store.table().errors(id, limit).stream().map(e -> new DoseImportError(e.row(), e.field(), columnOf(e.field()),
                e.value(), e.problem(), messages.getMessage("vaccination.doses.import.problem." + e.problem(),
                        new Object[]{e.value() == null ? "" : e.value(), e.detail() == null ? "" : e.detail()}, e.problem(), locale)))
                .toList();
    }

    /** The failure of a job in words ("key" or "key:argument"). */
    String failureText(DoseImportJob job, Locale locale) {
        if (job.failure() == null) {
            return null;
        }
        String[] parts = job.failure().split(":", 2);
        return messages.getMessage(parts[0], new Object[]{parts.length > 1 ? parts[1] : ""}, job.failure(), locale);
    }

    static String columnOf(String field) {
        for (DoseImportColumn c : DoseImportColumn.values()) {
            if (c.field().equals(field)) {
                return c.header();
            }
        }
        return field;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
