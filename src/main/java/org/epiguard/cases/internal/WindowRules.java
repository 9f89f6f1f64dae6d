package org.epiguard.cases.internal;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** The dated rule of the investigation window (cases_window_rule): how many days before onset it covers. */
@Repository
class WindowRules {

    record WindowRule(long id, LocalDate effectiveFrom, int daysBefore, String note) {
    }

    private static final RowMapper<WindowRule> MAPPER = (rs, i) -> new WindowRule(rs.getLong("id"),
            rs.getDate("effective_from").toLocalDate(), rs.getInt("days_before"), rs.getString("note"));

    private final JdbcClient jdbc;

    WindowRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    WindowRule inForce(LocalDate day) {
        return jdbc.sql(DatedRules.inForce("cases_window_rule"))
                .param("d", Date.valueOf(day)).query(MAPPER).single();
    }

    List<WindowRule> all() {
        return jdbc.sql("select * from cases_window_rule order by effective_from").query(MAPPER).list();
    }

    WindowRule put(LocalDate from, int daysBefore, String note) {
        return jdbc.sql("""
                        insert into cases_window_rule (effective_from, days_before, note) values (:f, :d, :n)
                        on conflict (effective_from) do update set days_before = excluded.days_before, note = excluded.note
                        returning *""")
                .param("f", Date.valueOf(from)).param("d", daysBefore).param("n", note).query(MAPPER).single();
    }
}
