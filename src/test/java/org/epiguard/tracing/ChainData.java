package org.epiguard.tracing;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data of a large transmission chain, written straight into the tables as the modules would. */
public final class ChainData {

    private ChainData() {
    }

    /**
     * A chain of 10,000 people in Bãi Cháy (100 of them living in Ka Long): person i was exposed to
     * person (i - 1) / 3, and everyone with contacts of their own is a confirmed case. Returns the root's case.
     */
    public static long tenThousand(JdbcClient jdbc, String tag) {
        jdbc.sql("""
                        insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code,
                                                   address_text, no_id)
                        select 'Chuỗi ' || :tag || ' ' || g, 1990, 'M', '22', :d, :c, 'Khu chuỗi', true
                          from generate_series(0, 9999) g""")
                .param("tag", tag).param("d", "193").param("c", "06673").update();
        String people = """
                with p as (select id, cast(substring(full_name from length(:prefix) + 1) as int) as i
                             from people_person where full_name like :prefix || '%')
                """;
        jdbc.sql(people + """
                        update people_person set commune_code = :kl, district_code = :mc
                          from p where p.id = people_person.id and p.i between 9000 and 9099""")
                .param("prefix", "Chuỗi " + tag + " ").param("kl", "06709").param("mc", "194").update();
        jdbc.sql(people + """
                        insert into cases_case (person_id, status, origin, confirmed_at, province_code, district_code, commune_code)
                        select p.id, 'CONFIRMED', 'PCR', now() - make_interval(hours => 3333 - p.i), '22', :d, :c
                          from p where p.i < 3333""")
                .param("prefix", "Chuỗi " + tag + " ").param("d", "193").param("c", "06673").update();
        int contacts = jdbc.sql(people + """
                        insert into tracing_contact (person_id, level, case_id, source_person_id, exposure, last_exposure_at,
                                                     province_code, district_code, commune_code)
                        select child.id, 1, k.id, parent.id, 'HOUSEHOLD', now() - interval '5 days', '22', :d, :c
                          from p child
                          join p parent on parent.i = (child.i - 1) / 3
                          join cases_case k on k.person_id = parent.id
                         where child.i >= 1""")
                .param("prefix", "Chuỗi " + tag + " ").param("d", "193").param("c", "06673").update();
        if (contacts != 9999) {
            throw new IllegalStateException("expected 9999 contacts, wrote " + contacts);
        }
        return jdbc.sql("""
                        select k.id from cases_case k join people_person p on p.id = k.person_id where p.full_name = :n""")
                .param("n", "Chuỗi " + tag + " 0").query(Long.class).single();
    }
}
