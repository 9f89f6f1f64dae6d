package org.epiguard.vaccination;

import org.epiguard.support.IntegrationTest;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** People, villages and doses written straight into the tables, so the outreach tests own their data. */
abstract class OutreachTestSupport extends IntegrationTest {

    static final String BAI_CHAY = "06673";     // Hạ Long (193)
    static final String HA_KHANH = "06649";     // Hạ Long (193)
    static final String KA_LONG = "06709";      // Móng Cái (194)
    static final LocalDate ON = LocalDate.of(2022, 2, 1);
    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 900_000));

    static String unique(String prefix) {
        return prefix + " " + SERIAL.incrementAndGet();
    }

    String[] placeOf(String commune) {
        return jdbc.sql("select province_code, district_code from geo_admin_unit where code = :c").param("c", commune)
                .query((rs, i) -> new String[]{rs.getString(1), rs.getString(2)}).single();
    }

    long village(String commune, String name) {
        String[] p = placeOf(commune);
        return jdbc.sql("""
                        insert into geo_village (province_code, district_code, commune_code, village_type, name)
                        values (:p, :d, :c, 'THON', :n) returning id""")
                .param("p", p[0]).param("d", p[1]).param("c", commune).param("n", name).query(Long.class).single();
    }

    long person(String name, String commune, Long village, LocalDate birthDate, int birthYear, List<String> comorbidities) {
        String[] p = placeOf(commune);
        return jdbc.sql("""
                        insert into people_person (full_name, birth_year, birth_date, sex, province_code, district_code,
                                                   commune_code, village_id, comorbidities, no_id)
                        values (:n, :y, :bd, 'F', :p, :d, :c, :v, cast(:como as text[]), true) returning id""")
                .param("n", name).param("y", birthYear).param("bd", birthDate == null ? null : java.sql.Date.valueOf(birthDate))
                .param("p", p[0]).param("d", p[1]).param("c", commune).param("v", village)
                .param("como", "{" + String.join(",", comorbidities) + "}")
                .query(Long.class).single();
    }

    long person(String name, String commune, Long village, int birthYear) {
        return person(name, commune, village, null, birthYear, List.of());
    }

    void dose(long person, int number, String product, String date) {
        jdbc.sql("""
                        insert into vacc_dose (person_id, product_code, dose_date, dose_number, province_code, district_code,
                                               commune_code, source)
                        select :p, :prod, cast(:d as date), :n, province_code, district_code, commune_code, 'MANUAL'
                          from people_person where id = :p""")
                .param("p", person).param("prod", product).param("d", date).param("n", number).update();
    }

    int reasonRows(long person) {
        return jdbc.sql("select count(*) from vacc_outreach_reason where person_id = :p").param("p", person)
                .query(Integer.class).single();
    }

    int audits(String entityType, Object id) {
        return jdbc.sql("select count(*) from access_audit where entity_type = :t and entity_id = :id")
                .param("t", entityType).param("id", id.toString()).query(Integer.class).single();
    }
}
