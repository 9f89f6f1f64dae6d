package org.epiguard.platform;

import org.epiguard.EpiGuardApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code kill -9} of EpiGuard leaves its embedded PostgreSQL running on the data directory; the
 * next start stops that orphan and starts again on the same data, with every committed row.
 */
class KilledProcessRecoveryTest {

    @Test
    void after_a_kill_9_the_next_start_recovers_the_embedded_database(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process first = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                EpiGuardApplication.class.getName(), "--server.port=0", "--epiguard.demo.enabled=false",
                "--epiguard.embedded-db.data-dir=" + data))
                .redirectErrorStream(true).start();
        try {
            waitForStarted(first);
            long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().trim());
            first.toHandle().destroyForcibly();
            first.waitFor();
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("the orphaned server").contains(true);

            try (var app = SpringApplication.run(EpiGuardApplication.class, "--server.port=0",
                    "--epiguard.demo.enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                    "--epiguard.embedded-db.data-dir=" + data)) {
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select count(*) from geo_admin_unit").query(Long.class).single()).isEqualTo(11_367);
                assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                        .as("the orphan was stopped").isFalse();
            }
        } finally {
            first.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            first.destroyForcibly();
        }
    }

    private static void waitForStarted(Process process) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        // not closed here: after the start, a thread keeps reading the child's output until it dies
        var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && Instant.now().isBefore(deadline)) {
            if (line.contains("Started EpiGuardApplication")) {
                Thread.ofVirtual().start(() -> drain(out));
                return;
            }
        }
        throw new AssertionError("EpiGuard did not start in the child process");
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // keep the child's output pipe from filling up
            }
        } catch (java.io.IOException e) {
            // the child is gone
        }
    }
}
