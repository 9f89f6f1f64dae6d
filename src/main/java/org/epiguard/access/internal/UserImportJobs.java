package org.epiguard.access.internal;

import jakarta.annotation.PreDestroy;
import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts bulk user imports in the background and keeps their progress for the administrator who
 * started them (for a day; the users themselves and their audit records are in the database).
 */
@Service
class UserImportJobs {

    private static final Logger log = LoggerFactory.getLogger(UserImportJobs.class);
    private static final Duration KEEP = Duration.ofDays(1);

    private final AccessContext access;
    private final UserImporter importer;
    private final Map<String, UserImportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "user-import");
        t.setDaemon(true);
        return t;
    });

    UserImportJobs(AccessContext access, UserImporter importer) {
        this.access = access;
        this.importer = importer;
    }

    /** Reads the file now (refusing it whole if unreadable) and creates its users in the background. */
    UserImportJob start(String fileName, byte[] content) {
        access.requireAdmin();
        CurrentUser admin = access.currentUser();
        List<UserImportRow> rows = UserImportRow.parse(content);
        jobs.values().removeIf(j -> !j.running() && j.startedAt().isBefore(Instant.now().minus(KEEP)));
        UserImportJob job = new UserImportJob(admin.id(), fileName == null ? "upload" : fileName, rows.size());
        jobs.put(job.id(), job);
        executor.execute(() -> {
            try {
                importer.run(job, rows, admin);
                job.finish(UserImportJob.State.DONE);
            } catch (RuntimeException e) {
                log.error("bulk user import {} failed", job.id(), e);
                job.finish(UserImportJob.State.FAILED);
            }
        });
        return job;
    }

    /** A job of the current administrator; anyone else's does not exist. */
    UserImportJob get(String id) {
        access.requireAdmin();
        UserImportJob job = jobs.get(id);
        if (job == null || job.ownerId() != access.currentUser().id()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return job;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
