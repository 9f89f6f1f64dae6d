package org.epiguard.isolation.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The tests of an episode's chain as the follow-up recorded them, and whether the episode may be released
 * on a date: the planned end reached, each required test day with a negative result on or after its day,
 * and the latest result negative. The same condition in SQL selects everyone who qualifies at once.
 */
@Component
class TestRecord {

    /** The bulk form of {@link #releaseProblems}: a predicate on isolation_episode e, binding :on. */
    static final String QUALIFIES_SQL = """
            e.status = 'ACTIVE' and e.planned_end <= :on
            and not exists (select 1 from unnest(e.test_days) d
                             where not exists (select 1 from isolation_check c
                                                join isolation_episode ce on ce.id = c.episode_id
                                               where coalesce(ce.chain_id, ce.id) = coalesce(e.chain_id, e.id)
                                                 and c.test_result = 'NEGATIVE' and c.check_date <= :on
                                                 and c.check_date >= e.start_date + d - 1))
            and coalesce((select c.test_result from isolation_check c join isolation_episode ce on ce.id = c.episode_id
                           where coalesce(ce.chain_id, ce.id) = coalesce(e.chain_id, e.id) and c.test_result is not null
                             and c.check_date <= :on
                           order by c.check_date desc, c.id desc limit 1), 'NEGATIVE') = 'NEGATIVE'
            """;

    private final JdbcClient jdbc;

    TestRecord(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record TestResult(LocalDate date, String kind, String result) {
    }

    /** The chain's test results up to a date, oldest first. */
    List<TestResult> results(Episode e, LocalDate upTo) {
        return jdbc.sql("""
                        select c.check_date, c.test_kind, c.test_result from isolation_check c
                          join isolation_episode ce on ce.id = c.episode_id
                         where coalesce(ce.chain_id, ce.id) = :chain and c.test_result is not null and c.check_date <= :on
                         order by c.check_date, c.id""")
                .param("chain", e.chain()).param("on", Date.valueOf(upTo))
                .query((rs, i) -> new TestResult(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3))).list();
    }

    /** Why the episode may not be released on the date (empty: it qualifies). */
    List<IsolationProblem> releaseProblems(Episode e, LocalDate on) {
        List<IsolationProblem> problems = new ArrayList<>();
        if (!e.running()) {
            problems.add(IsolationProblem.of("id", "NOT_RUNNING"));
            return problems;
        }
        if (on.isBefore(e.plannedEnd())) {
            problems.add(IsolationProblem.of("on", "NOT_DUE", IsolationDates.show(e.plannedEnd())));
        }
        List<TestResult> tests = results(e, on);
        for (int day : e.testDays()) {
            LocalDate due = e.dateOfDay(day);
            if (tests.stream().noneMatch(t -> "NEGATIVE".equals(t.result()) && !t.date().isBefore(due))) {
                problems.add(IsolationProblem.of("tests", "TEST_MISSING", day, IsolationDates.show(due)));
            }
        }
        if (!tests.isEmpty() && "POSITIVE".equals(tests.getLast().result())) {
            problems.add(IsolationProblem.of("tests", "TEST_POSITIVE", IsolationDates.show(tests.getLast().date())));
        }
        return problems;
    }
}
