package org.epiguard.people;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Person search latency on the full synthetic Quảng Ninh (1,320,324 people), as BENCHMARKS.md
 * reports it: the registry's search (trigram index on the folded name, ID and phone indexes, scope
 * predicate) for the query shapes users type, beside a naive accent-insensitive ILIKE scan of the
 * same names in the same process. Run with {@code bin/bench PeopleSearchBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("bench")
class PeopleSearchBenchmark {

    static final int SAMPLES = 200;
    static final int NAIVE_SAMPLES = 10;

    @Autowired
    PeopleDirectory people;

    @Autowired
    JdbcClient jdbc;

    record Sample(String name, String nameFolded, int birthYear, String citizenId, String phone, String commune) {
    }

    @Test
    void search_latency_on_the_full_province() {
        long total = people.countInScope(Scope.of("PROVINCE", "22"));
        assertThat(total).as("the full demo province is loaded").isGreaterThanOrEqualTo(1_320_324L);
        List<Sample> samples = jdbc.sql("""
                        select full_name, name_folded, birth_year, citizen_id, phone, commune_code
                          from people_person tablesample system (1) repeatable (42)
                         where citizen_id is not null and phone is not null and merged_into is null
                         limit :n""")
                .param("n", SAMPLES)
                .query((rs, i) -> new Sample(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
        assertThat(samples).hasSize(SAMPLES);

        CurrentUser province = new CurrentUser(0, "bench.province", "bench", Role.PROVINCE_COMMITTEE,
                Scope.of("PROVINCE", "22"), Scope.of("PROVINCE", "22"));
        System.out.printf(Locale.ROOT, "BENCH people search on %,d people, %d queries per shape, province scope%n",
                total, SAMPLES);
        System.out.println("| query shape | p50 ms | p95 ms | max ms | found the person |");
        System.out.println("|---|---:|---:|---:|---:|");
        measure("unaccented full name (\"nguyen van an\")", samples, s -> s.nameFolded(), province);
        measure("unaccented name + birth year", samples, s -> s.nameFolded() + " " + s.birthYear(), province);
        measure("name with diacritics", samples, Sample::name, province);
        measure("citizen ID", samples, Sample::citizenId, province);
        measure("phone as +84 …", samples, s -> "+84 " + s.phone().substring(1), province);
        long[] communeNanos = new long[samples.size()];
        int foundInCommune = 0;
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            CurrentUser commune = new CurrentUser(0, "bench.commune", "bench", Role.COMMUNE_HEALTH_STATION,
                    Scope.of("COMMUNE", s.commune()), Scope.of("COMMUNE", s.commune()));
            long t0 = System.nanoTime();
            List<PersonHit> hits = people.search(commune, s.nameFolded(), 20);
            communeNanos[i] = System.nanoTime() - t0;
            if (hits.stream().anyMatch(h -> s.citizenId().equals(h.citizenId()))) {
                foundInCommune++;
            }
        }
        System.out.printf(Locale.ROOT, "| unaccented full name, the person's own commune scope | %.1f | %.1f | %.1f | %d/%d |%n",
                percentile(communeNanos, 50) / 1e6, percentile(communeNanos, 95) / 1e6,
                Arrays.stream(communeNanos).max().orElse(0) / 1e6, foundInCommune, samples.size());
        long[] naive = new long[NAIVE_SAMPLES];
        for (int i = 0; i < NAIVE_SAMPLES; i++) {
            String q = samples.get(i).nameFolded();
            long t0 = System.nanoTime();
            jdbc.sql("""
                            select id from people_person
                             where lower(unaccent(full_name)) like '%' || :q || '%' and province_code = '22'
                               and merged_into is null
                             limit 20""")
                    .param("q", q).query(Long.class).list();
            naive[i] = System.nanoTime() - t0;
        }
        long[] indexed = timings(samples.subList(0, NAIVE_SAMPLES), s -> s.nameFolded(), province);
        double naiveP50 = percentile(naive, 50) / 1e6;
        double indexedP50 = percentile(indexed, 50) / 1e6;
        System.out.printf(Locale.ROOT, "BENCH same %d name queries: naive unaccent ILIKE scan p50 %.1f ms, "
                        + "EpiGuard search p50 %.1f ms, ratio %.0fx%n",
                NAIVE_SAMPLES, naiveP50, indexedP50, naiveP50 / indexedP50);
    }

    private void measure(String shape, List<Sample> samples, Function<Sample, String> query, CurrentUser user) {
        timings(samples.subList(0, 20), query, user); // warm-up
        int found = 0;
        long[] nanos = new long[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            long t0 = System.nanoTime();
            List<PersonHit> hits = people.search(user, query.apply(s), 20);
            nanos[i] = System.nanoTime() - t0;
            if (hits.stream().anyMatch(h -> s.citizenId().equals(h.citizenId()))) {
                found++;
            }
        }
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d/%d |%n", shape, percentile(nanos, 50) / 1e6,
                percentile(nanos, 95) / 1e6, Arrays.stream(nanos).max().orElse(0) / 1e6, found, samples.size());
    }

    private long[] timings(List<Sample> samples, Function<Sample, String> query, CurrentUser user) {
        List<Long> out = new ArrayList<>();
        for (Sample s : samples) {
            long t0 = System.nanoTime();
            people.search(user, query.apply(s), 20);
            out.add(System.nanoTime() - t0);
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static double percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
