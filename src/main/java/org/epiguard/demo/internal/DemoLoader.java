package org.epiguard.demo.internal;

import org.epiguard.demo.DemoUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Loads the demo province into an empty database, in one transaction: population, villages,
 * organisation units, households and people, their vaccination history, demo logins, and the Hải Hà
 * industrial-zone outbreak of early 2022 ({@link DemoOutbreak}). A PostgreSQL
 * advisory lock makes concurrent starts wait for each other; the one that comes second finds people
 * and does nothing.
 */
@Component
class DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    /** Key of the advisory lock held while deciding whether to load and loading ("demo" in ASCII). */
    private static final long LOCK_KEY = 0x64656d6fL;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwordEncoder;
    private final long seed;
    private volatile DemoLoad lastLoad = DemoLoad.skipped();

    DemoLoader(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions,
               PasswordEncoder passwordEncoder, @Value("${epiguard.demo.seed:20211010}") long seed) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.passwordEncoder = passwordEncoder;
        this.seed = seed;
    }

    /** Loads a demo of this many people unless the database already has people. */
    DemoLoad loadIfEmpty(int people) {
        return transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query((rs, i) -> 1).list();
            if (jdbc.sql("select exists (select 1 from people_person)").query(Boolean.class).single()) {
                log.info("Demo province not loaded: the database already has people");
                return DemoLoad.skipped();
            }
            try {
                lastLoad = load(people);
                return lastLoad;
            } catch (SQLException e) {
                throw new IllegalStateException("Loading the demo province failed: " + e.getMessage(), e);
            }
        });
    }

    /** The load this application did, or a skipped one. */
    DemoLoad lastLoad() {
        return lastLoad;
    }

    private DemoLoad load(int people) throws SQLException {
        long started = System.nanoTime();
        List<Commune> communes = communes();
        if (communes.isEmpty()) {
            log.warn("Demo province not loaded: Quảng Ninh (22) has no communes in geo_admin_unit");
            return DemoLoad.skipped();
        }
        log.info("Loading the demo province Quảng Ninh: {} people (seed {})", people, seed);
        jdbc.sql("set local synchronous_commit = off").update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        DemoProvince province = DemoProvince.plan(seed, communes, people);
        var geography = new GeographyWriter(jdbc, connection);
        geography.writePopulation(province.population());
        long[] villageIds = geography.writeVillages(province.villages());
        long[] placeIds = geography.writePlaces(province.places());
        int users = new UsersWriter(jdbc).write(province.places(), placeIds, passwordEncoder.encode(DemoUsers.PASSWORD));
        var progress = new LoadProgress(people, started);
        var writer = new PeopleWriter(jdbc, connection, villageIds, placeIds);
        province.generatePeople(batch -> {
            try {
                writer.write(batch);
            } catch (SQLException e) {
                throw new IllegalStateException("Writing the demo people of " + batch.commune().code() + " failed", e);
            }
            progress.add(batch);
        });
        long doses = new DoseHistoryWriter(jdbc, connection).write(communes, new DoseGenerator(seed));
        int workers = new DemoWorkers(jdbc, seed).write();
        long outbreakStarted = System.nanoTime();
        DemoOutbreak.Outbreak outbreak = new DemoOutbreak(jdbc, seed).write(people);
        log.info("Demo outbreak (Hải Hà industrial zone, 01-02/2022): {} cases, {} samples, {} tests, {} contacts, "
                        + "{} check-ins, {} cluster, {} containment zones in {} ms", outbreak.cases(), outbreak.samples(),
                outbreak.tests(), outbreak.contacts(), outbreak.checkins(), outbreak.clusters(), outbreak.zones(),
                Duration.ofNanos(System.nanoTime() - outbreakStarted).toMillis());
        jdbc.sql("""
                analyze people_person, people_household, geo_village, geo_org_unit, geo_population, vacc_dose, testing_sample,
                        testing_test, cases_case, cases_zone, tracing_contact, tracing_checkin, tracing_cluster_case""").update();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Demo province loaded: {} people in {} households, {} vaccine doses, {} out-of-province workers, {} villages, "
                        + "{} organisation units, {} logins in {} s", progress.people(), progress.households(), doses, workers,
                province.villages().size(),
                province.places().size(), users,
                took.toMillis() / 1000.0);
        return new DemoLoad(true, progress.people(), progress.households(), province.villages().size(),
                province.places().size(), users, took);
    }

    private List<Commune> communes() {
        return jdbc.sql("""
                        select c.code, c.name, c.unit_type, d.code as d_code, d.name as d_name, d.unit_type as d_type
                          from geo_admin_unit c join geo_admin_unit d on d.code = c.parent_code
                         where c.level = 'COMMUNE' and c.province_code = '22'
                         order by c.code""")
                .query((rs, i) -> new Commune(rs.getString("code"), rs.getString("name"), rs.getString("unit_type"),
                        rs.getString("d_code"), rs.getString("d_name"), rs.getString("d_type")))
                .list();
    }
}
