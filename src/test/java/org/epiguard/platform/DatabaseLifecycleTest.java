package org.epiguard.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.epiguard.EpiGuardApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database modes of the README: the embedded PostgreSQL keeps its data across restarts (and a
 * restart migrates without losing rows), and one setting points EpiGuard at an external PostgreSQL
 * instead, in which case no embedded server is started.
 */
class DatabaseLifecycleTest {

    private static ConfigurableApplicationContext start(String... args) {
        String[] common = {"--server.port=0", "--epiguard.demo.enabled=false", "--logging.level.root=warn",
                "--spring.main.banner-mode=off"};
        String[] all = new String[common.length + args.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(args, 0, all, common.length, args.length);
        return SpringApplication.run(EpiGuardApplication.class, all);
    }

    @Test
    void the_embedded_database_keeps_every_row_across_a_restart(@TempDir Path dir) {
        String dataDir = "--epiguard.embedded-db.data-dir=" + dir.resolve("pg");
        try (var app = start(dataDir)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            jdbc.sql("insert into geo_village (province_code, district_code, commune_code, village_type, name) "
                    + "values ('22', '193', '06673', 'KHU', 'Khu giữ lại sau khởi động lại')").update();
        }
        try (var app = start(dataDir)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from geo_village where name = 'Khu giữ lại sau khởi động lại'")
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
                    .as("the second start applied nothing twice").isEqualTo(
                            jdbc.sql("select count(distinct version) from flyway_schema_history").query(Long.class).single());
        }
    }

    @Test
    void one_setting_points_epiguard_at_an_external_postgresql(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("external"))
                .setCleanDataDirectory(true).start()) {
            String url = "jdbc:postgresql://localhost:" + external.getPort() + "/postgres";
            try (var app = start("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                    "--spring.datasource.password=")) {
                assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select count(*) from geo_admin_unit").query(Long.class).single()).isEqualTo(11_367);
            }
            try (var c = external.getPostgresDatabase().getConnection(); var st = c.createStatement();
                 var rs = st.executeQuery("select count(*) from geo_admin_unit where level = 'COMMUNE'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("the schema lives in the external server").isEqualTo(10_599);
            }
        }
    }
}
