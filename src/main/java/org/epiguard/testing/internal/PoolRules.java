package org.epiguard.testing.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The dated rule of the largest pool by area risk (testing_pool_rule): the rule in force on a day applies. */
@Repository
class PoolRules {

    record PoolRule(long id, AreaRisk areaRisk, int maxMembers, LocalDate effectiveFrom, String note) {
    }

    private final JdbcClient jdbc;

    PoolRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PoolRule> inForce(AreaRisk risk, LocalDate day) {
        return jdbc.sql("""
                        select * from testing_pool_rule where area_risk = :r and effective_from <= :day
                         order by effective_from desc limit 1""")
                .param("r", risk.name()).param("day", Date.valueOf(day))
                .query((rs, i) -> rule(rs)).optional();
    }

    List<PoolRule> all() {
        return jdbc.sql("select * from testing_pool_rule order by area_risk, effective_from")
                .query((rs, i) -> rule(rs)).list();
    }

    boolean exists(AreaRisk risk, LocalDate from) {
        return jdbc.sql("select exists (select 1 from testing_pool_rule where area_risk = :r and effective_from = :f)")
                .param("r", risk.name()).param("f", Date.valueOf(from)).query(Boolean.class).single();
    }

    long insert(AreaRisk risk, int maxMembers, LocalDate from, String note) {
        return jdbc.sql("""
                        insert into testing_pool_rule (area_risk, max_members, effective_from, note)
                        values (:r, :m, :f, :n) returning id""")
                .param("r", risk.name()).param("m", maxMembers).param("f", Date.valueOf(from)).param("n", note)
                .query(Long.class).single();
    }

    private static PoolRule rule(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PoolRule(rs.getLong("id"), AreaRisk.valueOf(rs.getString("area_risk")), rs.getInt("max_members"),
                rs.getDate("effective_from").toLocalDate(), rs.getString("note"));
    }
}
