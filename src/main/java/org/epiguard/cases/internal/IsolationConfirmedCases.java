package org.epiguard.cases.internal;

import org.epiguard.cases.PersonConfirmedCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The open confirmed case of a person, read for the isolation module. */
@Component
class IsolationConfirmedCases implements PersonConfirmedCase {

    private final JdbcClient jdbc;

    IsolationConfirmedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> openConfirmedCaseOf(long personId) {
        return jdbc.sql("""
                        select id from cases_case where person_id = :p and status in ('CONFIRMED', 'ISOLATED')
                         order by confirmed_at desc limit 1""")
                .param("p", personId).query(Long.class).optional();
    }
}
