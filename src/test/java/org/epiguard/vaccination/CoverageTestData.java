package org.epiguard.vaccination;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/**
 * A controlled corner of the country for coverage tests: communes of Sóc Trăng (94), where the demo
 * (Quảng Ninh) puts nobody, each test taking its own district so that tests sharing the database
 * never count each other's people.
 */
final class CoverageTestData {

    private final JdbcClient jdbc;

    CoverageTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The n-th district of Sóc Trăng and its communes: [district, commune 1, commune 2, …]. */
    List<String> district(int n) {
        String district = jdbc.sql("select code from geo_admin_unit where level = 'DISTRICT' and province_code = '94' "
                + "order by code offset :n limit 1").param("n", n).query(String.class).single();
        List<String> codes = new java.util.ArrayList<>();
        codes.add(district);
        codes.addAll(jdbc.sql("select code from geo_admin_unit where parent_code = :d order by code")
                .param("d", district).query(String.class).list());
        return codes;
    }

    void population(String commune, int age0to4, int age5to11, int age12to17, int age18to49, int age50to64, int age65plus) {
        jdbc.sql("""
                        insert into geo_population (unit_code, total, age_0_4, age_5_11, age_12_17, age_18_49, age_50_64, age_65_plus, source)
                        values (:c, :t, :a0, :a5, :a12, :a18, :a50, :a65, 'coverage test')
                        on conflict (unit_code) do update set total = excluded.total, age_0_4 = excluded.age_0_4,
                            age_5_11 = excluded.age_5_11, age_12_17 = excluded.age_12_17, age_18_49 = excluded.age_18_49,
                            age_50_64 = excluded.age_50_64, age_65_plus = excluded.age_65_plus""")
                .param("c", commune).param("t", age0to4 + age5to11 + age12to17 + age18to49 + age50to64 + age65plus)
                .param("a0", age0to4).param("a5", age5to11).param("a12", age12to17).param("a18", age18to49)
                .param("a50", age50to64).param("a65", age65plus).update();
    }

    long village(String commune, String name) {
        return jdbc.sql("""
                        insert into geo_village (province_code, district_code, commune_code, village_type, name)
                        select province_code, district_code, code, 'AP', :n from geo_admin_unit where code = :c
                        returning id""")
                .param("c", commune).param("n", name).query(Long.class).single();
    }

    /** A person of a commune born on a day ("2008-02-09") or in a year ("1960"). */
    long person(String commune, Long village, String name, String born) {
        boolean day = born.length() == 10;
        return jdbc.sql("""
                        insert into people_person (full_name, birth_year, birth_date, sex, province_code, district_code,
                                                   commune_code, village_id, no_id)
                        select :n, :y, cast(:d as date), 'F', province_code, district_code, code, :v, true
                          from geo_admin_unit where code = :c
                        returning id""")
                .param("n", name).param("y", Integer.parseInt(born.substring(0, 4)))
                .param("d", day ? born : null).param("v", village).param("c", commune)
                .query(Long.class).single();
    }

    void doses(long person, String... dates) {
        for (int i = 0; i < dates.length; i++) {
            jdbc.sql("""
                            insert into vacc_dose (person_id, product_code, dose_date, dose_number, province_code,
                                                   district_code, commune_code, source)
                            select p.id, :prod, cast(:d as date), :n, p.province_code, p.district_code, p.commune_code, 'MANUAL'
                              from people_person p where p.id = :p""")
                    .param("p", person).param("prod", i < 2 ? "VERO_CELL" : "PFIZER").param("d", dates[i])
                    .param("n", i + 1).update();
        }
    }

    void mergeInto(long duplicate, long survivor) {
        jdbc.sql("update people_person set merged_into = :s where id = :d").param("s", survivor).param("d", duplicate)
                .update();
    }
}
