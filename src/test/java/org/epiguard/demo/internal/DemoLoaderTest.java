package org.epiguard.demo.internal;

import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoLoaderTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(DemoLoaderTest.class);

    @Autowired
    DemoLoader loader;

    @Autowired
    DataSource dataSource;

    @Test
    void the_first_start_loaded_the_small_demo_and_says_how_long_it_took() {
        DemoLoad load = loader.lastLoad();
        log.info("Small demo load: {} people, {} households, {} villages, {} units in {} ms",
                load.people(), load.households(), load.villages(), load.places(), load.took().toMillis());
        assertThat(load.loaded()).isTrue();
        assertThat(load.people()).isEqualTo(3_000);
        assertThat(load.users()).isEqualTo(org.epiguard.demo.DemoUsers.ALL.size());
    }

    @Test
    void a_later_start_finds_people_and_loads_nothing() {
        long before = jdbc.sql("select count(*) from people_person").query(Long.class).single();
        long unitsBefore = jdbc.sql("select count(*) from geo_org_unit").query(Long.class).single();

        assertThat(loader.loadIfEmpty(3_000).loaded()).isFalse();

        assertThat(jdbc.sql("select count(*) from people_person").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from geo_org_unit").query(Long.class).single()).isEqualTo(unitsBefore);
    }

    @Test
    void a_start_waits_while_another_start_holds_the_demo_lock() throws Exception {
        try (var other = dataSource.getConnection(); var st = other.createStatement()) {
            st.execute("select pg_advisory_lock(" + 0x64656d6fL + ")");
            CompletableFuture<DemoLoad> second = CompletableFuture.supplyAsync(() -> loader.loadIfEmpty(3_000));
            try {
                assertThatThrownBy(() -> second.get(700, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            } finally {
                st.execute("select pg_advisory_unlock(" + 0x64656d6fL + ")");
            }
            assertThat(second.get(30, TimeUnit.SECONDS).loaded()).isFalse();
        }
    }
}
