package org.epiguard.vaccination;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.concurrent.atomic.AtomicInteger;

/** Enterprises, workers' people and doses for the out-of-province worker tests, written straight into the tables. */
final class WorkerTestData {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final JdbcClient jdbc;

    WorkerTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new enterprise in a commune of Quảng Ninh. */
    long enterprise(String name, String commune, String district) {
        return jdbc.sql("""
                        insert into geo_org_unit (unit_type, name, province_code, district_code, commune_code)
                        values ('ENTERPRISE', :n, '22', :d, :c) returning id""")
                .param("n", name + " " + unique()).param("d", district).param("c", commune).query(Long.class).single();
    }

    /** A person working at the enterprise, living in its commune, with a CCCD of Thanh Hóa (038). */
    long worker(String name, long enterprise, String commune, String district) {
        return jdbc.sql("""
                        insert into people_person (citizen_id, full_name, birth_year, sex, phone, province_code, district_code,
                                                   commune_code, occupation, workplace_id)
                        values (:cid, :n, 1990, 'M', '0912000111', '22', :d, :c, 'FACTORY_WORKER', :e) returning id""")
                .param("cid", citizenId()).param("n", name).param("d", district).param("c", commune).param("e", enterprise)
                .query(Long.class).single();
    }

    long workers(long enterprise) {
        return jdbc.sql("select count(*) from vacc_worker where enterprise_id = :e").param("e", enterprise)
                .query(Long.class).single();
    }

    /** A valid CCCD of a man born in 1990 registered in Thanh Hóa that no one else holds. */
    String citizenId() {
        while (true) {
            String id = "038090" + "%06d".formatted((System.nanoTime() / 1000 + SERIAL.incrementAndGet() * 7919L) % 1_000_000);
            if (!jdbc.sql("select exists (select 1 from people_person where citizen_id = :id)").param("id", id)
                    .query(Boolean.class).single()) {
                return id;
            }
        }
    }

    static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000) + SERIAL.incrementAndGet();
    }
}
