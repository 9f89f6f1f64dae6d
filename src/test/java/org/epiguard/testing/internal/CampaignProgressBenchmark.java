package org.epiguard.testing.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.people.Occupation;
import org.epiguard.platform.web.ListQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign's figures and its first page of untested people on the full synthetic Quảng Ninh
 * (1,320,324 people): a province-wide occupation campaign, every person of the largest commune, and
 * the pre-shift list of the enterprise with most workers, each after a third of its target was
 * sampled today (two thirds of those negative). Run with {@code bin/bench CampaignProgressBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("bench")
class CampaignProgressBenchmark {

    static final int RUNS = 7;
    static final String PREFIX = "BENCHCAMP";

    @Autowired
    CampaignProgress progress;

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    JdbcClient jdbc;

    @Test
    void campaign_figures_and_untested_lists_on_the_full_province() {
        long people = jdbc.sql("select count(*) from people_person where merged_into is null").query(Long.class).single();
        assertThat(people).as("the full demo province is loaded").isGreaterThanOrEqualTo(1_320_324L);
        LocalDate today = CampaignDays.today();
        jdbc.sql("delete from testing_test where sample_id in (select id from testing_sample where barcode like 'BENCHCAMP%')").update();
        jdbc.sql("delete from testing_sample where barcode like 'BENCHCAMP%'").update();
        jdbc.sql("update testing_sample set campaign_id = null where campaign_id in (select id from testing_campaign where name like 'BENCHCAMP%')").update();
        jdbc.sql("delete from testing_campaign_attendee where campaign_id in (select id from testing_campaign where name like 'BENCHCAMP%')").update();
        jdbc.sql("delete from testing_campaign where name like 'BENCHCAMP%'").update();

        String commune = jdbc.sql("select commune_code from people_person group by commune_code order by count(*) desc limit 1")
                .query(String.class).single();
        var c = jdbc.sql("select province_code, district_code from geo_admin_unit where code = :c").param("c", commune)
                .query((rs, i) -> new Location(rs.getString(1), rs.getString(2), commune, null)).single();
        long firm = jdbc.sql("""
                        select p.workplace_id from people_person p join geo_org_unit o on o.id = p.workplace_id
                         where o.unit_type = 'ENTERPRISE' group by p.workplace_id order by count(*) desc limit 1""")
                .query(Long.class).single();
        Location firmAt = jdbc.sql("select province_code, district_code, commune_code from geo_org_unit where id = :id")
                .param("id", firm).query((rs, i) -> new Location(rs.getString(1), rs.getString(2), rs.getString(3), firm))
                .single();

        long occupationId = campaigns.insert(PREFIX + " công nhân toàn tỉnh", CampaignKind.OCCUPATION, Occupation.FACTORY_WORKER,
                "22", null, CampaignKind.Cadence.ONCE, today.minusDays(6), today, new Location("22", null, null, null), null);
        long communeId = campaigns.insert(PREFIX + " toàn dân xã", CampaignKind.COMMUNE, null, commune, null,
                CampaignKind.Cadence.ONCE, today.minusDays(2), today, c, null);
        long firmId = campaigns.insert(PREFIX + " đầu ca", CampaignKind.ENTERPRISE, null, firmAt.communeCode(), firm,
                CampaignKind.Cadence.DAILY, today.minusDays(30), today.plusDays(30), firmAt, null);

        // a third of every target sampled today, two thirds of those with a negative rapid test, a few positive
        long t0 = System.nanoTime();
        int samples = jdbc.sql("""
                insert into testing_sample (barcode, person_id, priority, collected_at, place_commune_code, collecting_unit_id,
                                            province_code, district_code, commune_code)
                select 'BENCHCAMP' || p.id, p.id, 'SCREENING', now() - interval '1 minute' * (p.id % 60), p.commune_code,
                       p.workplace_id, p.province_code, p.district_code, p.commune_code
                  from people_person p
                 where p.merged_into is null and p.id % 3 = 0
                   and (p.occupation = 'FACTORY_WORKER' or p.commune_code = :commune or p.workplace_id = :firm)""")
                .param("commune", commune).param("firm", firm).update();
        jdbc.sql("""
                insert into testing_test (kind, sample_id, person_id, outcome, result_at, collecting_unit_id,
                                          province_code, district_code, commune_code)
                select 'RAPID_PROFESSIONAL', s.id, s.person_id, case when s.person_id % 97 = 0 then 'POSITIVE' else 'NEGATIVE' end,
                       s.collected_at, s.collecting_unit_id, s.province_code, s.district_code, s.commune_code
                  from testing_sample s where s.barcode like 'BENCHCAMP%' and s.person_id % 9 <> 0""").update();
        jdbc.sql("analyze testing_sample").update();
        jdbc.sql("analyze testing_test").update();
        double loadMs = (System.nanoTime() - t0) / 1e6;

        CurrentUser province = user(Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "22"));
        CurrentUser district = user(Role.DISTRICT_COMMAND, Scope.of("DISTRICT", c.districtCode()));
        CurrentUser enterprise = user(Role.ENTERPRISE, Scope.of("UNIT", String.valueOf(firm)));
        ListQuery first = ListQuery.of(0, 50, null, null, CampaignProgress.SORTABLE, "name");

        System.out.printf(Locale.ROOT, "BENCH campaign figures on %,d people; %,d samples made today in %.0f ms; %d runs each%n",
                people, samples, loadMs, RUNS);
        System.out.println("| campaign, viewer | target | untested | figures p50 ms | max ms | untested page 1 p50 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        row("factory workers of the province, province user", province, campaigns.find(occupationId, province.viewScope()).orElseThrow(), today, first);
        row("factory workers of the province, district user", district, campaigns.find(occupationId, province.viewScope()).orElseThrow(), today, first);
        row("every person of the largest commune, province user", province, campaigns.find(communeId, province.viewScope()).orElseThrow(), today, first);
        row("pre-shift of the largest enterprise, its own user", enterprise, campaigns.find(firmId, enterprise.viewScope()).orElseThrow(), today, first);
    }

    private void row(String label, CurrentUser user, Campaign c, LocalDate day, ListQuery first) {
        var figures = new CampaignProgress.Progress[1];
        double[] f = time(() -> figures[0] = progress.progress(user, c, day));
        double[] u = time(() -> progress.untested(user, c, day, null, first));
        System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %.1f | %.1f | %.1f | %.1f |%n", label, figures[0].total().target(),
                figures[0].total().untested(), f[0], f[1], u[0], u[1]);
    }

    private static double[] time(Supplier<?> work) {
        work.get();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[]{ms[RUNS / 2], ms[RUNS - 1]};
    }

    private static CurrentUser user(Role role, Scope scope) {
        return new CurrentUser(0, "bench." + role.name().toLowerCase(Locale.ROOT), "bench", role, scope, scope);
    }
}
