package org.epiguard.situation;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A controlled corner of the country for the situation tests: Cà Mau (96) and Bạc Liêu (95), where
 * the demo puts nobody; each test takes its own district so that tests sharing the database never count each
 * other's cases. Cases are written straight into cases_case (the cases module's table).
 */
final class SituationTestData {

    static final String PROVINCE = "96";
    /** The report tests' province (Bạc Liêu), so that their province figures are exact. */
    static final String REPORT_PROVINCE = "95";
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final String province;

    SituationTestData(JdbcClient jdbc) {
        this(jdbc, PROVINCE);
    }

    SituationTestData(JdbcClient jdbc, String province) {
        this.jdbc = jdbc;
        this.province = province;
    }

    /** The n-th district of the province and its communes: [district, commune 1, commune 2, …]. */
    List<String> district(int n) {
        String district = jdbc.sql("select code from geo_admin_unit where level = 'DISTRICT' and province_code = :p "
                + "order by code offset :n limit 1").param("p", province).param("n", n).query(String.class).single();
        List<String> codes = new ArrayList<>();
        codes.add(district);
        codes.addAll(jdbc.sql("select code from geo_admin_unit where parent_code = :d order by code")
                .param("d", district).query(String.class).list());
        return codes;
    }

    /** A unit's population: a total, the adults 18–49 and 50–64, and the rest aged 0–4 (complete bands). */
    void population(String unit, long total, long age18to49, long age50to64) {
        jdbc.sql("""
                        insert into geo_population (unit_code, total, age_0_4, age_5_11, age_12_17, age_18_49, age_50_64, age_65_plus, source)
                        values (:c, :t, :t - :a18 - :a50, 0, 0, :a18, :a50, 0, 'situation test')
                        on conflict (unit_code) do update set total = excluded.total, age_0_4 = excluded.age_0_4,
                            age_18_49 = excluded.age_18_49,
                            age_50_64 = excluded.age_50_64""")
                .param("c", unit).param("t", total).param("a18", age18to49).param("a50", age50to64).update();
    }

    /** {@code count} people of a commune born in a year, each with {@code doses} doses in 2021. */
    void vaccinated(String commune, int count, int birthYear, int doses) {
        List<Long> ids = jdbc.sql("""
                        insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code, no_id)
                        select 'Tình Huống Thử ' || g, :y, 'M', province_code, district_code, code, true
                          from geo_admin_unit, generate_series(1, :n) g where code = :c
                        returning id""")
                .param("y", birthYear).param("n", count).param("c", commune).query(Long.class).list();
        for (long id : ids) {
            for (int k = 1; k <= doses; k++) {
                jdbc.sql("""
                                insert into vacc_dose (person_id, product_code, dose_date, dose_number, province_code,
                                                       district_code, commune_code, source)
                                select p.id, 'VERO_CELL', date '2021-07-01' + :k * 28, :k, p.province_code, p.district_code,
                                       p.commune_code, 'MANUAL'
                                  from people_person p where p.id = :p""")
                        .param("p", id).param("k", k).update();
            }
        }
    }

    /** {@code count} confirmed cases of people of a commune at a local time ("2021-11-20T16:00:00"); their ids. */
    List<Long> cases(String commune, int count, String localTime, boolean inQuarantine, boolean imported) {
        var at = java.sql.Timestamp.from(LocalDateTime.parse(localTime).atZone(VN).toInstant());
        return jdbc.sql("""
                        with p as (
                            insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code, no_id)
                            select 'Ca Bệnh Thử ' || g, 1980, 'F', province_code, district_code, code, true
                              from geo_admin_unit, generate_series(1, :n) g where code = :c
                            returning id, province_code, district_code, commune_code)
                        insert into cases_case (person_id, status, origin, confirmed_at, imported, found_in_quarantine,
                                                province_code, district_code, commune_code)
                        select id, 'CONFIRMED', 'PCR', :at, :imp, :q, province_code, district_code, commune_code from p
                        returning id""")
                .param("n", count).param("c", commune).param("at", at).param("imp", imported).param("q", inQuarantine)
                .query(Long.class).list();
    }

    /** One death at a local time of a confirmed case of the commune. */
    void death(String commune, String confirmedLocal, String diedLocal) {
        var confirmed = java.sql.Timestamp.from(LocalDateTime.parse(confirmedLocal).atZone(VN).toInstant());
        var died = java.sql.Timestamp.from(LocalDateTime.parse(diedLocal).atZone(VN).toInstant());
        jdbc.sql("""
                        with p as (
                            insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code, no_id)
                            select 'Ca Tử Vong Thử', 1940, 'M', province_code, district_code, code, true
                              from geo_admin_unit where code = :c
                            returning id, province_code, district_code, commune_code)
                        insert into cases_case (person_id, status, origin, confirmed_at, died_at, province_code, district_code, commune_code)
                        select id, 'DIED', 'PCR', :conf, :died, province_code, district_code, commune_code from p""")
                .param("c", commune).param("conf", confirmed).param("died", died).update();
    }
}
