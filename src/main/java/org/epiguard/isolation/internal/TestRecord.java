package org.epiguard.isolation.internal;

import org.epiguard.access.Scope;
import org.epiguard.testing.PersonResults;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tests of an episode's person and whether the episode may be released on a date: the planned end
 * reached, each required test day with a negative result on or after its day, and the latest result
 * negative. The results come from the testing module (RT-PCR and rapid tests of the person's own samples,
 * from the start date, seen in the user's view scope) and, as a second source, from the tests the
 * follow-up recorded in the episode's chain; a testing-module result counts after a follow-up one of
 * the same day.
 */
@Component
class TestRecord {

    /** The candidates for release on :on (the tests are checked by {@link #releaseProblems}): a predicate on e. */
    static final String DUE_SQL = "e.status = 'ACTIVE' and e.planned_end <= :on";

    private final JdbcClient jdbc;
    private final PersonResults testing;

    TestRecord(JdbcClient jdbc, PersonResults testing) {
        this.jdbc = jdbc;
        this.testing = testing;
    }

    /** A negative or positive result on a day; {@code source} FOLLOW_UP or TESTING. */
    record TestResult(LocalDate date, String kind, String result, String source, Instant at) {
    }

    /** Why the episode may not be released on the date (empty: it qualifies), by the results the scope sees. */
    List<IsolationProblem> releaseProblems(Episode e, LocalDate on, Scope scope) {
        return releaseProblems(e, on, results(List.of(e), on, scope).getOrDefault(e.id(), List.of()));
    }

    /** Those of the episodes that qualify for release on the date, with two queries whatever their number. */
    List<Episode> qualifying(List<Episode> candidates, LocalDate on, Scope scope) {
        Map<Long, List<TestResult>> results = results(candidates, on, scope);
        return candidates.stream()
                .filter(e -> releaseProblems(e, on, results.getOrDefault(e.id(), List.of())).isEmpty()).toList();
    }

    private static List<IsolationProblem> releaseProblems(Episode e, LocalDate on, List<TestResult> tests) {
        List<IsolationProblem> problems = new ArrayList<>();
        if (!e.running()) {
            problems.add(IsolationProblem.of("id", "NOT_RUNNING"));
            return problems;
        }
        if (on.isBefore(e.plannedEnd())) {
            problems.add(IsolationProblem.of("on", "NOT_DUE", IsolationDates.show(e.plannedEnd())));
        }
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

    /** Each episode's results up to the date (both sources), oldest first, by episode id. */
    private Map<Long, List<TestResult>> results(List<Episode> episodes, LocalDate upTo, Scope scope) {
        Map<Long, List<TestResult>> byEpisode = new HashMap<>();
        if (episodes.isEmpty()) {
            return byEpisode;
        }
        Map<Long, List<TestResult>> byChain = followUp(episodes.stream().map(Episode::chain).distinct().toList(), upTo);
        LocalDate from = episodes.stream().map(Episode::startDate).min(Comparator.naturalOrder()).orElseThrow();
        Map<Long, List<PersonResults.Result>> byPerson = testing.ofPeople(
                episodes.stream().map(Episode::personId).distinct().toList(), startOf(from), startOf(upTo.plusDays(1)), scope);
        for (Episode e : episodes) {
            List<TestResult> all = new ArrayList<>(byChain.getOrDefault(e.chain(), List.of()));
            for (PersonResults.Result r : byPerson.getOrDefault(e.personId(), List.of())) {
                LocalDate day = r.resultAt().atZone(IsolationDates.BUSINESS_ZONE).toLocalDate();
                if (!day.isBefore(e.startDate()) && (r.negative() || r.positive())) {
                    all.add(new TestResult(day, r.kind().pcr() ? "PCR" : "RAPID", r.outcome(), "TESTING", r.resultAt()));
                }
            }
            all.sort(Comparator.comparing(TestResult::date)
                    .thenComparing(TestResult::at, Comparator.nullsFirst(Comparator.naturalOrder())));
            byEpisode.put(e.id(), all);
        }
        return byEpisode;
    }

    /** The tests the follow-up recorded in each chain up to a date, oldest first. */
    private Map<Long, List<TestResult>> followUp(Collection<Long> chains, LocalDate upTo) {
        Map<Long, List<TestResult>> byChain = new HashMap<>();
        jdbc.sql("""
                        select coalesce(ce.chain_id, ce.id), c.check_date, c.test_kind, c.test_result from isolation_check c
                          join isolation_episode ce on ce.id = c.episode_id
                         where coalesce(ce.chain_id, ce.id) = any(:chains) and c.test_result is not null and c.check_date <= :on
                         order by c.check_date, c.id""")
                .param("chains", chains.toArray(Long[]::new)).param("on", Date.valueOf(upTo))
                .query(rs -> {
                    byChain.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new TestResult(
                            rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4), "FOLLOW_UP", null));
                });
        return byChain;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(IsolationDates.BUSINESS_ZONE).toInstant();
    }
}
