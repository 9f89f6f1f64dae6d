package org.epiguard.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * With no {@code spring.datasource.url} configured, EpiGuard runs its own PostgreSQL from the
 * io.zonky.test binaries, keeping its data in a persistent directory. The server is stopped
 * cleanly when the application shuts down (Ctrl-C included); a server orphaned by a
 * {@code kill -9} of the JVM is stopped before the next start, and PostgreSQL's own crash
 * recovery makes the data consistent again.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);
    static final String DATABASE = "epiguard";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${epiguard.embedded-db.data-dir}") String dataDir,
                                      @Value("${epiguard.embedded-db.port:0}") int port,
                                      @Value("${epiguard.embedded-db.ephemeral:false}") boolean ephemeral) throws IOException {
        Path dir = Path.of(dataDir).toAbsolutePath().normalize();
        Files.createDirectories(dir);
        OrphanedPostmaster.stopIfRunning(dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(ephemeral)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "32MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("max_wal_size", "4GB")
                // bulk uploads write hundreds of MB of WAL in one transaction; the default (1/32 of
                // shared_buffers, 8 MB) fills up and makes the writing backend wait for WAL writes
                .setServerConfig("wal_buffers", "64MB");
        if (!ephemeral) {
            // the zonky defaults (-F, synchronous_commit=off) suit throw-away test databases, not data
            // that must survive a crash of the machine
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres pg = builder.start();
        try (var c = pg.getPostgresDatabase().getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
            if (!rs.next()) {
                st.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        } catch (java.sql.SQLException e) {
            pg.close();
            throw new IllegalStateException("Cannot prepare the embedded database: " + e.getMessage(), e);
        }
        log.info("Embedded PostgreSQL on port {} with data in {}", pg.getPort(), dir);
        return pg;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres pg) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://localhost:" + pg.getPort() + "/" + DATABASE);
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("epiguard-embedded");
        return new HikariDataSource(config);
    }
}
