package org.epiguard.cases.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** The dated rule of whether a positive rapid test alone confirms a case (cases_rapid_test_rule). */
@Repository
class RapidTestRules {

    record RapidTestRule(long id, LocalDate effectiveFrom, boolean confirms, String note) {
    }

    private final JdbcClient jdbc;

    RapidTestRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether, by the rule in force that day, a positive rapid test confirms (no rule: it does not). */
    boolean confirms(LocalDate day) {
        return jdbc.sql("""
                        select confirms from cases_rapid_test_rule where effective_from <= :d
                         order by effective_from desc limit 1""")
                .param("d", Date.valueOf(day)).query(Boolean.class).optional().orElse(false);
    }

    List<RapidTestRule> all() {
        return jdbc.sql("select * from cases_rapid_test_rule order by effective_from")
                .query((rs, i) -> new RapidTestRule(rs.getLong("id"), rs.getDate("effective_from").toLocalDate(),
                        rs.getBoolean("confirms"), rs.getString("note")))
                .list();
    }

    /** A new version from a date (replacing the one of that same date). */
    RapidTestRule put(LocalDate from, boolean confirms, String note) {
        return jdbc.sql("""
                        insert into cases_rapid_test_rule (effective_from, confirms, note) values (:f, :c, :n)
                        on conflict (effective_from) do update set confirms = excluded.confirms, note = excluded.note
                        returning *""")
                .param("f", Date.valueOf(from)).param("c", confirms).param("n", note)
                .query((rs, i) -> new RapidTestRule(rs.getLong("id"), rs.getDate("effective_from").toLocalDate(),
                        rs.getBoolean("confirms"), rs.getString("note")))
                .single();
    }
}
