package org.epiguard.platform.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A JVM killed with {@code kill -9} leaves its PostgreSQL child running on the data directory.
 * Before a new start we ask that server to shut down (SIGTERM: PostgreSQL's smart shutdown,
 * its clients are gone with the dead JVM) and wait for it; a stale postmaster.pid without a
 * live process is left to PostgreSQL, which recovers from its WAL on start.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.getFirst().isBlank()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(OrphanedPostmaster::isPostgres).ifPresent(p -> {
            log.warn("A PostgreSQL server (pid {}) left by an earlier run still holds {}; stopping it", pid, dataDir);
            p.destroy();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (p.isAlive() && Instant.now().isBefore(deadline)) {
                sleep();
            }
            if (p.isAlive()) {
                p.destroyForcibly();
                while (p.isAlive()) {
                    sleep();
                }
            }
        });
    }

    private static boolean isPostgres(ProcessHandle p) {
        return p.info().command().map(c -> c.endsWith("postgres")).orElse(true);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
