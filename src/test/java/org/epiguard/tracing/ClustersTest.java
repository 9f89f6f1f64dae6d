package org.epiguard.tracing;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Clusters: formed from linked cases, spanning districts, named, merged, split, closed; unknown sources. */
class ClustersTest extends ContactTestSupport {

    record Place(String district, String commune) {
    }

    /** One commune in each of n districts of Quảng Ninh other than Hạ Long and Móng Cái. */
    List<Place> districts(int n) {
        return jdbc.sql("""
                        select d.code, (select min(c.code) from geo_admin_unit c where c.level = 'COMMUNE' and c.district_code = d.code)
                          from geo_admin_unit d where d.level = 'DISTRICT' and d.province_code = '22' and d.code not in ('193', '194')
                         order by d.code limit :n""")
                .param("n", n).query((rs, i) -> new Place(rs.getString(1), rs.getString(2))).list();
    }

    long clusterOf(long caseId) {
        return jdbc.sql("select cluster_id from tracing_cluster_case where case_id = :c").param("c", caseId)
                .query(Long.class).single();
    }

    JsonNode detect() throws Exception {
        return json.readTree(postJson(provinceUser(), "/api/v1/tracing/clusters/detect", "", 200));
    }

    @Test
    void a_cluster_reaching_six_districts_shows_all_six_and_its_open_tracing_work() throws Exception {
        List<Place> places = districts(5);
        String province = provinceUser();
        long index = person("Công Nhân Khu Công Nghiệp Ca Gốc", BAI_CHAY, HA_LONG);
        long indexCase = confirmedCase(index, 24 * 5);
        List<Long> spread = new ArrayList<>();
        for (Place p : places) {
            long worker = person("Công Nhân Lây " + p.district(), p.commune(), p.district());
            f1(province, indexCase, worker, "WORKPLACE");
            spread.add(becomesCase(worker, 24 * (4 - places.indexOf(p) % 3)));
        }
        long stillF1 = person("F1 Chưa Liên Hệ", places.get(0).commune(), places.get(0).district());
        f1(province, spread.get(0), stillF1, "HOUSEHOLD");
        detect();

        long cluster = clusterOf(indexCase);
        for (long c : spread) {
            assertThat(clusterOf(c)).isEqualTo(cluster);
        }
        JsonNode d = read(province, "/api/v1/tracing/clusters/" + cluster);
        assertThat(d.get("cluster").get("cases").asLong()).isEqualTo(6);
        assertThat(d.get("cluster").get("districts").asLong()).isEqualTo(6);
        List<String> districts = new ArrayList<>();
        d.get("districts").forEach(x -> districts.add(x.get("code").asString()));
        assertThat(districts).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(java.util.stream.Stream.of(HA_LONG), places.stream().map(Place::district)).toList());
        assertThat(d.get("perDay").size()).isBetween(2, 6);
        long perDayTotal = 0;
        for (JsonNode day : d.get("perDay")) {
            perDayTotal += day.get("cases").asLong();
        }
        assertThat(perDayTotal).isEqualTo(6);
        assertThat(d.get("openF1").asLong()).isEqualTo(1);
        assertThat(d.get("openWork").get(0).get("communeCode").asString()).isEqualTo(places.get(0).commune());

        // a commune with one of the cases sees the whole cluster's figures and only its own case's name
        String tyt = communeUser(places.get(1).commune());
        JsonNode seen = read(tyt, "/api/v1/tracing/clusters/" + cluster);
        assertThat(seen.get("districts").size()).isEqualTo(6);
        assertThat(seen.get("cases").size()).isEqualTo(1);
        assertThat(seen.get("cases").get(0).get("fullName").asString()).isEqualTo("Công Nhân Lây " + places.get(1).district());
        // a commune without any of its cases gets nothing
        getJson(communeUser(KA_LONG), "/api/v1/tracing/clusters/" + cluster, 404);
        assertThat(getJson(communeUser(KA_LONG), "/api/v1/tracing/clusters?size=200", 200)).doesNotContain("\"id\":" + cluster + ",");
        assertThat(getJson(districtUser(HA_LONG), "/api/v1/tracing/clusters?size=200&sort=id", 200)).contains("\"id\":" + cluster + ",");
        // the page names all six districts
        String page = mvc.perform(get("/tracing/clusters/" + cluster).with(as(tyt))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("6 ca ở 6 huyện", "Thành phố Hạ Long");
        // a second run changes nothing
        detect();
        assertThat(read(province, "/api/v1/tracing/clusters/" + cluster).get("cluster").get("cases").asLong()).isEqualTo(6);
    }

    @Test
    void cases_of_one_household_or_workplace_within_the_window_form_a_cluster() throws Exception {
        long home = household(HUNG_THANG, HA_LONG);
        long a = confirmedCase(person("Mẹ Cùng Hộ Ổ", HUNG_THANG, HA_LONG, home, null), 24 * 10);
        long b = confirmedCase(person("Con Cùng Hộ Ổ", HUNG_THANG, HA_LONG, home, null), 24 * 7);
        long late = confirmedCase(person("Bố Về Sau Ổ", HUNG_THANG, HA_LONG, home, null), 24 * 40);
        long factory = unit("ENTERPRISE", "Nhà máy ổ dịch", HUNG_THANG, HA_LONG);
        long w1 = confirmedCase(person("Thợ Một", HUNG_THANG, HA_LONG, null, factory), 30);
        long w2 = confirmedCase(person("Thợ Hai", BAI_CHAY, HA_LONG, null, factory), 20);
        detect();
        assertThat(clusterOf(a)).isEqualTo(clusterOf(b));
        assertThat(count("select count(*) from tracing_cluster_case where case_id = :p", late)).isZero();
        assertThat(clusterOf(w1)).isEqualTo(clusterOf(w2)).isNotEqualTo(clusterOf(a));
        JsonNode d = read(districtUser(HA_LONG), "/api/v1/tracing/clusters/" + clusterOf(w1));
        assertThat(d.get("cases").findValuesAsString("link")).containsOnly("WORKPLACE");
        assertThat(d.get("cluster").get("communes").asLong()).isEqualTo(2);
        // the case's page links to its cluster
        String casePage = mvc.perform(get("/tracing/cases/" + a).with(as(communeUser(HUNG_THANG)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(casePage).contains("href=\"/tracing/clusters/" + clusterOf(a) + "\"");
    }

    void checkIn(long person, long venue, java.time.Instant at) {
        jdbc.sql("""
                        insert into tracing_checkin (person_id, checked_in_at, venue_id, province_code, district_code,
                                                     commune_code, source)
                        values (:p, :t, :v, '22', :d, :c, 'API')""")
                .param("p", person).param("t", java.sql.Timestamp.from(at)).param("v", venue).param("d", HA_LONG)
                .param("c", HUNG_THANG).update();
    }

    @Test
    void cases_checked_in_at_one_venue_within_the_window_before_their_confirmation_form_a_cluster() throws Exception {
        long market = unit("MARKET", "Chợ ổ dịch check-in", HUNG_THANG, HA_LONG);
        long shop = unit("VENUE", "Cửa hàng khác", HUNG_THANG, HA_LONG);
        java.time.Instant t0 = java.time.Instant.now().minus(java.time.Duration.ofDays(5)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        long pa = person("Người Chợ Một", HUNG_THANG, HA_LONG);
        long pb = person("Người Chợ Hai", BAI_CHAY, HA_LONG);
        long pc = person("Người Chợ Muộn", HUNG_THANG, HA_LONG);
        long pd = person("Người Cửa Hàng", HUNG_THANG, HA_LONG);
        long pe = person("Người Chợ Xưa", HUNG_THANG, HA_LONG);
        // the window of the rule in force then (± 1 hour by default; other tests may add versions)
        int window = jdbc.sql("""
                        select window_minutes from tracing_checkin_rule
                         where effective_from <= (cast(:t as timestamptz) at time zone 'Asia/Ho_Chi_Minh')::date
                         order by effective_from desc limit 1""")
                .param("t", java.sql.Timestamp.from(t0)).query(Integer.class).single();
        checkIn(pa, market, t0);
        checkIn(pb, market, t0.plus(java.time.Duration.ofMinutes(window)));           // the window's edge: in
        checkIn(pc, market, t0.plus(java.time.Duration.ofMinutes(2L * window + 1)));   // a minute past b's window: out
        checkIn(pd, shop, t0.plus(java.time.Duration.ofMinutes(10)));       // another venue
        checkIn(pe, market, t0.minus(java.time.Duration.ofDays(30)));       // long before their confirmation
        long a = confirmedCase(pa, 48);
        long b = confirmedCase(pb, 40);
        long c = confirmedCase(pc, 30);
        long d = confirmedCase(pd, 30);
        long e = confirmedCase(pe, 40);
        detect();
        assertThat(clusterOf(a)).isEqualTo(clusterOf(b));
        for (long alone : new long[] {c, d, e}) {
            assertThat(count("select count(*) from tracing_cluster_case where case_id = :p and cluster_id = "
                    + clusterOf(a), alone)).as("case %d", alone).isZero();
        }
        JsonNode cluster = read(districtUser(HA_LONG), "/api/v1/tracing/clusters/" + clusterOf(a));
        assertThat(cluster.get("cases").findValuesAsString("link")).contains("VENUE");
    }

    JsonNode detectChanges() throws Exception {
        return json.readTree(postJson(provinceUser(), "/api/v1/tracing/clusters/detect?changes=true", "", 200));
    }

    /** The cases grouped by their cluster (cases in none left out), cluster ids forgotten. */
    java.util.Set<java.util.Set<Long>> partition(List<Long> cases) {
        java.util.Map<Long, java.util.Set<Long>> byCluster = new java.util.HashMap<>();
        jdbc.sql("select case_id, cluster_id from tracing_cluster_case where case_id = any(:ids)")
                .param("ids", cases.toArray(Long[]::new))
                .query(rs -> {
                    byCluster.computeIfAbsent(rs.getLong(2), k -> new java.util.HashSet<>()).add(rs.getLong(1));
                });
        return new java.util.HashSet<>(byCluster.values());
    }

    @Test
    void the_runs_after_each_change_form_the_same_clusters_as_one_run_over_all_cases() throws Exception {
        String province = provinceUser();
        long h1 = household(HUNG_THANG, HA_LONG);
        long factory = unit("ENTERPRISE", "Nhà máy tăng dần", HUNG_THANG, HA_LONG);
        long market = unit("MARKET", "Chợ tăng dần", HUNG_THANG, HA_LONG);
        java.time.Instant t0 = java.time.Instant.now().minus(java.time.Duration.ofDays(5)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        List<Long> mine = new ArrayList<>();
        // first changes: a household, a factory, one at the market, two alone
        long h1a = confirmedCase(person("Tăng Hộ A", HUNG_THANG, HA_LONG, h1, null), 24 * 10);
        long h1b = confirmedCase(person("Tăng Hộ B", HUNG_THANG, HA_LONG, h1, null), 24 * 8);
        long w1 = confirmedCase(person("Tăng Thợ Một", HUNG_THANG, HA_LONG, null, factory), 24 * 6);
        long w2 = confirmedCase(person("Tăng Thợ Hai", BAI_CHAY, HA_LONG, null, factory), 24 * 5);
        long pv1 = person("Tăng Chợ Một", HUNG_THANG, HA_LONG);
        checkIn(pv1, market, t0);
        long v1 = confirmedCase(pv1, 48);
        long pl1 = person("Tăng Một Mình", HUNG_THANG, HA_LONG);
        long l1 = confirmedCase(pl1, 24 * 3);
        long pl2 = person("Tăng Một Mình Hai", BAI_CHAY, HA_LONG);
        long l2 = confirmedCase(pl2, 24 * 3);
        mine.addAll(List.of(h1a, h1b, w1, w2, v1, l1, l2));
        detectChanges();
        assertThat(clusterOf(h1a)).isEqualTo(clusterOf(h1b));
        assertThat(clusterOf(w1)).isEqualTo(clusterOf(w2));
        assertThat(count("select count(*) from tracing_cluster_case where case_id = :p", l1)).isZero();
        // then: one more of the household; an F1 of the lone case and one more at the market become cases
        long h1c = confirmedCase(person("Tăng Hộ C", HUNG_THANG, HA_LONG, h1, null), 24 * 2);
        long px = person("Tăng F1 Thành Ca", HUNG_THANG, HA_LONG);
        f1(province, l1, px, "HOUSEHOLD");
        long x = confirmedCase(px, 20);
        long pv2 = person("Tăng Chợ Hai", BAI_CHAY, HA_LONG);
        checkIn(pv2, market, t0.plus(java.time.Duration.ofMinutes(30)));
        long v2 = confirmedCase(pv2, 24);
        long old = confirmedCase(person("Tăng Hộ Xưa", HUNG_THANG, HA_LONG, h1, null), 24 * 70);
        mine.addAll(List.of(h1c, x, v2, old));
        detectChanges();
        assertThat(clusterOf(h1c)).isEqualTo(clusterOf(h1a));
        assertThat(clusterOf(x)).isEqualTo(clusterOf(l1));
        assertThat(clusterOf(v2)).isEqualTo(clusterOf(v1));
        // then: a contact listed between two cases already there, one of them in the factory's cluster
        f1(province, w2, pl2, "WORKPLACE");
        detectChanges();
        assertThat(clusterOf(l2)).isEqualTo(clusterOf(w1));
        java.util.Set<java.util.Set<Long>> stepByStep = partition(mine);
        assertThat(stepByStep).hasSize(4);
        assertThat(count("select count(*) from tracing_cluster_case where case_id = :p", old)).isZero();
        // a second run changes nothing
        assertThat(detectChanges().get("casesAdded").asInt()).isZero();

        // one run over all the cases of the window forms the same clusters
        List<Long> formed = jdbc.sql("select distinct cluster_id from tracing_cluster_case where case_id = any(:ids)")
                .param("ids", mine.toArray(Long[]::new)).query(Long.class).list();
        jdbc.sql("delete from tracing_cluster_case where case_id = any(:ids)").param("ids", mine.toArray(Long[]::new)).update();
        jdbc.sql("delete from tracing_cluster where id = any(:ids)").param("ids", formed.toArray(Long[]::new)).update();
        assertThat(detect().get("casesAdded").asInt()).isGreaterThanOrEqualTo(mine.size() - 1);
        assertThat(partition(mine)).isEqualTo(stepByStep);

        // a new case linking two open clusters joins the older one; they stay two for a user to merge; a new
        // case linked to the newer one only joins the older one too, as the three are one group
        long h4 = household(BAI_CHAY, HA_LONG);
        long h5 = household(BAI_CHAY, HA_LONG);
        long shop = unit("ENTERPRISE", "Xưởng cầu nối", BAI_CHAY, HA_LONG);
        long r = confirmedCase(person("Cầu Hộ Năm A", BAI_CHAY, HA_LONG, h5, null), 24 * 6);
        long t = confirmedCase(person("Cầu Hộ Năm B", BAI_CHAY, HA_LONG, h5, null), 24 * 5);
        detectChanges();
        long p = confirmedCase(person("Cầu Hộ Bốn A", BAI_CHAY, HA_LONG, h4, shop), 24 * 6);
        long q = confirmedCase(person("Cầu Hộ Bốn B", BAI_CHAY, HA_LONG, h4, null), 24 * 5);
        detectChanges();
        long older = clusterOf(r);
        long newer = clusterOf(p);
        assertThat(older).isLessThan(newer);
        long pb = person("Cầu Nối", BAI_CHAY, HA_LONG, h4, null);
        f1(province, r, pb, "CARE_UNPROTECTED");
        long bridge = confirmedCase(pb, 12);
        long workmate = confirmedCase(person("Cầu Đồng Nghiệp", BAI_CHAY, HA_LONG, null, shop), 12);
        detectChanges();
        assertThat(clusterOf(bridge)).isEqualTo(older);
        assertThat(clusterOf(workmate)).isEqualTo(older);
        assertThat(java.util.stream.Stream.of(p, q, r, t).map(this::clusterOf).toList()).containsExactly(newer, newer, older, older);
        // the full run sees the same group and changes nothing
        detect();
        assertThat(clusterOf(bridge)).isEqualTo(older);
        assertThat(clusterOf(workmate)).isEqualTo(older);
    }

    @Test
    void clusters_are_merged_and_split_and_the_forming_keeps_what_users_did() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long h1 = household(BAI_CHAY, HA_LONG);
        long h2 = household(BAI_CHAY, HA_LONG);
        long a1 = confirmedCase(person("Hộ Một A", BAI_CHAY, HA_LONG, h1, null), 50);
        long a2 = confirmedCase(person("Hộ Một B", BAI_CHAY, HA_LONG, h1, null), 40);
        long b1 = confirmedCase(person("Hộ Hai A", BAI_CHAY, HA_LONG, h2, null), 30);
        long b2 = confirmedCase(person("Hộ Hai B", BAI_CHAY, HA_LONG, h2, null), 20);
        detect();
        long first = clusterOf(a1);
        long second = clusterOf(b1);
        assertThat(first).isNotEqualTo(second);

        assertThat(postJson(tyt, "/api/v1/tracing/clusters/" + first + "/merge", "{\"otherClusterId\": %d}".formatted(first), 400))
                .contains("\"field\":\"otherClusterId\",\"code\":\"SAME_CLUSTER\"");
        assertThat(postJson(tyt, "/api/v1/tracing/clusters/" + first + "/merge", "{}", 400))
                .contains("\"field\":\"otherClusterId\",\"code\":\"REQUIRED\"");
        JsonNode merged = json.readTree(postJson(tyt, "/api/v1/tracing/clusters/" + first + "/merge",
                "{\"otherClusterId\": %d}".formatted(second), 200));
        assertThat(merged.get("cases").asLong()).isEqualTo(4);
        assertThat(clusterOf(b2)).isEqualTo(first);
        getJson(tyt, "/api/v1/tracing/clusters/" + second, 404);
        assertThat(jdbc.sql("select status from tracing_cluster where id = :id").param("id", second).query(String.class).single())
                .isEqualTo("MERGED");

        assertThat(postJson(tyt, "/api/v1/tracing/clusters/" + first + "/split",
                "{\"caseIds\": [%d, %d, %d, %d]}".formatted(a1, a2, b1, b2), 400))
                .contains("\"field\":\"caseIds\",\"code\":\"ALL_CASES\"");
        long stranger = confirmedCase(person("Không Thuộc Ổ", BAI_CHAY, HA_LONG), 10);
        assertThat(postJson(tyt, "/api/v1/tracing/clusters/" + first + "/split", "{\"caseIds\": [%d]}".formatted(stranger), 400))
                .contains("\"field\":\"caseIds\",\"code\":\"NOT_IN_CLUSTER\"");
        assertThat(postJson(tyt, "/api/v1/tracing/clusters/" + first + "/split", "{\"caseIds\": []}", 400))
                .contains("\"field\":\"caseIds\",\"code\":\"REQUIRED\"");
        JsonNode split = json.readTree(postJson(tyt, "/api/v1/tracing/clusters/" + first + "/split",
                "{\"caseIds\": [%d, %d], \"name\": \"Ổ dịch hộ hai\"}".formatted(b1, b2), 201));
        long third = split.get("id").asLong();
        assertThat(split.get("cases").asLong()).isEqualTo(2);
        assertThat(split.get("name").asString()).isEqualTo("Ổ dịch hộ hai");
        assertThat(read(tyt, "/api/v1/tracing/clusters/" + first).get("cluster").get("cases").asLong()).isEqualTo(2);
        // the forming runs again and leaves the split as it is
        detect();
        assertThat(clusterOf(b1)).isEqualTo(third);
        assertThat(clusterOf(a1)).isEqualTo(first);
        // through the page's forms too
        mvc.perform(post("/tracing/clusters/" + third + "/merge").param("otherClusterId", String.valueOf(first)).with(as(tyt)))
                .andExpect(status().is3xxRedirection());
        assertThat(clusterOf(a2)).isEqualTo(third);
        // another commune cannot touch it
        postJson(communeUser(KA_LONG), "/api/v1/tracing/clusters/" + third + "/split", "{\"caseIds\": [%d]}".formatted(a1), 404);
        postJson(communeUser(HUNG_THANG), "/api/v1/tracing/clusters/" + third + "/merge", "{\"otherClusterId\": 1}", 404);
    }

    @Test
    void a_cluster_is_named_with_its_suspected_source_and_closed() throws Exception {
        String tyt = communeUser(HUNG_THANG);
        long home = household(HUNG_THANG, HA_LONG);
        long a = confirmedCase(person("Nguồn Ổ Chợ", HUNG_THANG, HA_LONG, home, null), 60);
        long b = confirmedCase(person("Lây Ổ Chợ", HUNG_THANG, HA_LONG, home, null), 30);
        detect();
        long cluster = clusterOf(a);
        assertThat(putJson(tyt, "/api/v1/tracing/clusters/" + cluster, """
                {"name": "Ổ dịch chợ Hùng Thắng", "suspectedSource": "Tiểu thương chợ", "sourceCaseId": 1}""", 400))
                .contains("\"field\":\"sourceCaseId\",\"code\":\"NOT_IN_CLUSTER\"");
        JsonNode named = json.readTree(putJson(tyt, "/api/v1/tracing/clusters/" + cluster, """
                {"name": "Ổ dịch chợ Hùng Thắng", "suspectedSource": "Tiểu thương chợ", "sourceCaseId": %d}""".formatted(a), 200));
        assertThat(named.get("cluster").get("name").asString()).isEqualTo("Ổ dịch chợ Hùng Thắng");
        assertThat(named.get("cluster").get("sourceCaseId").asLong()).isEqualTo(a);
        assertThat(json.readTree(postJson(tyt, "/api/v1/tracing/clusters/" + cluster + "/close", "", 200)).get("status").asString())
                .isEqualTo("CLOSED");
        // a new case of the household does not join a closed cluster
        long c = confirmedCase(person("Muộn Ổ Chợ", HUNG_THANG, HA_LONG, home, null), 2);
        detect();
        assertThat(count("select count(*) from tracing_cluster_case where case_id = :p", c)).isZero();
        assertThat(read(tyt, "/api/v1/tracing/clusters?status=CLOSED&size=200").toString()).contains("Ổ dịch chợ Hùng Thắng");
        byte[] xlsx = mvc.perform(get("/tracing/clusters/export.xlsx").param("status", "CLOSED").with(as(tyt)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if ((double) cluster == sheet.getRow(r).getCell(0).getNumericCellValue()) {
                    found = true;
                    assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo("Ổ dịch chợ Hùng Thắng");
                    assertThat(sheet.getRow(r).getCell(2).getStringCellValue()).isEqualTo("Đã đóng");
                }
            }
            assertThat(found).isTrue();
        }
        // a commune user of another commune in the district sees it but cannot change it
        String viewer = "c.viewer.bc";
        users.ensure(viewer, org.epiguard.access.Role.COMMUNE_HEALTH_STATION, org.epiguard.access.Scope.of("COMMUNE", BAI_CHAY),
                org.epiguard.access.Scope.of("DISTRICT", HA_LONG));
        getJson(viewer, "/api/v1/tracing/clusters/" + cluster, 200);
        postJson(viewer, "/api/v1/tracing/clusters/" + cluster + "/reopen", "", 403);
        assertThat(b).isPositive();
    }

    @Test
    void cases_of_unknown_source_are_listed_by_commune_inside_the_scope() throws Exception {
        long a = confirmedCase(person("Không Rõ Nguồn Một", BAI_CHAY, HA_LONG), 12);
        long b = confirmedCase(person("Không Rõ Nguồn Hai", KA_LONG, MONG_CAI), 12);
        long known = confirmedCase(person("Rõ Nguồn", BAI_CHAY, HA_LONG), 12);
        jdbc.sql("update cases_case set source_known = false where id in (:a, :b)").param("a", a).param("b", b).update();
        jdbc.sql("update cases_case set source_known = true where id = :k").param("k", known).update();
        String list = getJson(provinceUser(), "/api/v1/tracing/unknown-source", 200);
        assertThat(list).contains("Không Rõ Nguồn Một", "Không Rõ Nguồn Hai", "\"communeCode\":\"" + KA_LONG + "\"")
                .doesNotContain("Rõ Nguồn\"");
        String bc = getJson(communeUser(BAI_CHAY), "/api/v1/tracing/unknown-source", 200);
        assertThat(bc).contains("Không Rõ Nguồn Một").doesNotContain("Không Rõ Nguồn Hai");
        assertThat(getJson(districtUser(MONG_CAI), "/api/v1/tracing/unknown-source", 200)).doesNotContain("Không Rõ Nguồn Một");
        String page = mvc.perform(get("/tracing/unknown-source").with(as(communeUser(BAI_CHAY)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Không Rõ Nguồn Một", "Phường Bãi Cháy").doesNotContain("Không Rõ Nguồn Hai");
        long audits = count("select count(*) from access_audit where entity_type = 'tracing_unknown_source' and user_id = (select id from access_user where username = :p)", communeUser(BAI_CHAY));
        byte[] xlsx = mvc.perform(get("/tracing/unknown-source/export.xlsx").with(as(communeUser(BAI_CHAY))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(2).getStringCellValue());
            }
            assertThat(names).contains("Không Rõ Nguồn Một").doesNotContain("Không Rõ Nguồn Hai", "Rõ Nguồn");
        }
        assertThat(count("select count(*) from access_audit where entity_type = 'tracing_unknown_source' and user_id = (select id from access_user where username = :p)", communeUser(BAI_CHAY)))
                .isEqualTo(audits + 1);
        String clusters = mvc.perform(get("/tracing/clusters").with(as(communeUser(BAI_CHAY)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(clusters).contains("Ổ dịch");
    }

    String putJson(String username, String path, String body, int expect) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path).with(as(username))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expect)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
