package org.epiguard.tracing.internal;

import org.epiguard.platform.db.CopyRows;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The check-ins of a province over two weeks for the benchmark, generated once into the bench
 * database (seeded, so every run that generates gets the same rows) and reused after:
 * <ul>
 * <li>32,050 venues over the communes by population: 50 big markets and supermarkets (about 30% of the
 *     scans, 3,000 a day each), 2,000 shops, restaurants and offices (40%), 30,000 small places (30%);</li>
 * <li>7,000,000 check-ins by 70% of the people, exponentially many each (mean about 8, the last people drawn cut at 7,000,000), half of them at
 *     two "habit" places of the person, shops and small places mostly in the person's own commune, the
 *     big ones anywhere; between 06:00 and 22:00 with morning, noon and evening peaks;</li>
 * <li>26,220 cases confirmed on the peak day (the last day) among people who checked in during its
 *     last five days, 60% with an onset 1–3 days before, half isolated a few hours after confirmation.</li>
 * </ul>
 * The check-ins are COPYed with the table's indexes dropped, then the indexes are built and the table
 * vacuumed and analysed.
 */
final class CheckinBenchData {

    static final int CHECKINS = 7_000_000;
    static final int CASES = 26_220;
    static final int DAYS = 14;
    static final LocalDate PEAK = LocalDate.of(2022, 2, 20);
    static final LocalDate FIRST = PEAK.minusDays(DAYS - 1);
    static final long CASE_MARK = -20220220L;
    static final String VENUE_MARK = "bench-checkins";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Weights of the hours 06..21 (markets in the morning, lunch, the evening). */
    private static final int[] HOUR_WEIGHTS = {6, 10, 9, 6, 5, 8, 8, 5, 4, 5, 6, 9, 9, 8, 5, 3};

    /** The indexes of migration V202611291800 besides the primary key, built after the load. */
    private static final Map<String, String> INDEXES = Map.of(
            "tracing_checkin_venue_time", "(venue_id, checked_in_at) include (person_id)",
            "tracing_checkin_commune", "(commune_code, checked_in_at)",
            "tracing_checkin_district", "(district_code)");

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Random rnd = new Random(20220220);

    CheckinBenchData(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    boolean present() {
        return jdbc.sql("select count(*) from tracing_checkin").query(Long.class).single() == CHECKINS
                && jdbc.sql("select count(*) from cases_case where created_by = :m").param("m", CASE_MARK)
                .query(Long.class).single() == CASES;
    }

    void generate() throws Exception {
        jdbc.sql("delete from cases_case where created_by = :m").param("m", CASE_MARK).update();
        jdbc.sql("truncate tracing_checkin").update();
        jdbc.sql("delete from geo_org_unit where address = :m").param("m", VENUE_MARK).update();
        // the people and their communes
        List<long[]> rows = jdbc.sql("""
                        select p.id, c.idx from people_person p
                          join (select code, (row_number() over (order by code) - 1)::int as idx from geo_admin_unit
                                 where level = 'COMMUNE' and province_code = '22') c on c.code = p.commune_code
                         where p.merged_into is null and p.province_code = '22' order by p.id""")
                .query((rs, i) -> new long[]{rs.getLong(1), rs.getInt(2)}).list();
        List<String[]> communes = jdbc.sql("""
                        select code, district_code from geo_admin_unit where level = 'COMMUNE' and province_code = '22' order by code""")
                .query((rs, i) -> new String[]{rs.getString(1), rs.getString(2)}).list();
        long[] personId = new long[rows.size()];
        int[] personCommune = new int[rows.size()];
        int[] communePeople = new int[communes.size()];
        for (int i = 0; i < rows.size(); i++) {
            personId[i] = rows.get(i)[0];
            personCommune[i] = (int) rows.get(i)[1];
            communePeople[personCommune[i]]++;
        }
        Venues venues = venues(communes, communePeople);
        // people in random order, so that the cut at 7,000,000 falls on random people
        int[] order = new int[personId.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        long firstEpoch = FIRST.atStartOfDay(VIETNAM).toEpochSecond();
        long recentFrom = PEAK.minusDays(4).atStartOfDay(VIETNAM).toEpochSecond();
        List<Integer> recent = new ArrayList<>();
        String[] dayText = new String[DAYS];
        for (int d = 0; d < DAYS; d++) {
            dayText[d] = FIRST.plusDays(d).toString() + " ";
        }
        jdbc.sql("alter table tracing_checkin drop constraint if exists tracing_checkin_pkey").update();
        for (String index : INDEXES.keySet()) {
            jdbc.sql("drop index if exists " + index).update();
        }
        int written = 0;
        try (Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(false);
            CopyRows copy = CopyRows.start(conn, "copy tracing_checkin (person_id, checked_in_at, venue_id, province_code, "
                    + "district_code, commune_code, source) from stdin (format text)");
            long[] times = new long[64];
            for (int oi = 0; oi < order.length && written < CHECKINS; oi++) {
                int p = order[oi];
                if (rnd.nextDouble() >= 0.70) {
                    continue;
                }
                int k = Math.min(Math.min(1 + (int) (-Math.log(1 - rnd.nextDouble()) * 7.6), times.length), CHECKINS - written);
                for (int j = 0; j < k; j++) {
                    times[j] = firstEpoch + rnd.nextInt(DAYS) * 86_400L + (6 + hour()) * 3_600L + rnd.nextInt(3_600);
                }
                Arrays.sort(times, 0, k);
                for (int j = 1; j < k; j++) {
                    if (times[j] <= times[j - 1]) {
                        times[j] = times[j - 1] + 1;
                    }
                }
                int commune = personCommune[p];
                int[] habits = {venues.pick(commune, rnd), venues.pick(commune, rnd)};
                boolean isRecent = false;
                for (int j = 0; j < k; j++) {
                    int v = rnd.nextBoolean() ? habits[rnd.nextInt(2)] : venues.pick(commune, rnd);
                    long t = times[j];
                    long local = t - firstEpoch;
                    int day = (int) (local / 86_400);
                    int secs = (int) (local % 86_400);
                    copy.cell(personId[p]).cell(String.format(Locale.ROOT, "%s%02d:%02d:%02d+07", dayText[day],
                                    secs / 3600, secs / 60 % 60, secs % 60))
                            .cell(venues.id[v]).cell("22").cell(venues.district[v]).cell(venues.commune[v]).cell("IMPORT");
                    copy.endRow();
                    isRecent |= t >= recentFrom;
                }
                if (isRecent) {
                    recent.add(p);
                }
                written += k;
            }
            copy.finish();
            conn.commit();
        }
        jdbc.sql("set maintenance_work_mem = '1GB'").update();
        jdbc.sql("alter table tracing_checkin add primary key (person_id, checked_in_at, venue_id)").update();
        for (var index : INDEXES.entrySet()) {
            jdbc.sql("create index " + index.getKey() + " on tracing_checkin " + index.getValue()).update();
        }
        cases(recent, personId, personCommune, communes);
        jdbc.sql("vacuum analyze tracing_checkin").update();
        jdbc.sql("analyze cases_case").update();
        jdbc.sql("analyze geo_org_unit").update();
    }

    private int hour() {
        int total = Arrays.stream(HOUR_WEIGHTS).sum();
        int r = rnd.nextInt(total);
        for (int h = 0; h < HOUR_WEIGHTS.length; h++) {
            r -= HOUR_WEIGHTS[h];
            if (r < 0) {
                return h;
            }
        }
        return HOUR_WEIGHTS.length - 1;
    }

    private void cases(List<Integer> recent, long[] personId, int[] personCommune, List<String[]> communes) throws Exception {
        for (int i = recent.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            Integer t = recent.get(i);
            recent.set(i, recent.get(j));
            recent.set(j, t);
        }
        long peakStart = PEAK.atStartOfDay(VIETNAM).toEpochSecond();
        try (Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(false);
            CopyRows copy = CopyRows.start(conn, "copy cases_case (person_id, status, origin, confirmed_at, isolated_at, "
                    + "onset_date, province_code, district_code, commune_code, created_by) from stdin (format text)");
            for (int i = 0; i < CASES; i++) {
                int p = recent.get(i);
                long confirmed = peakStart + 6 * 3600 + rnd.nextInt(16 * 3600);
                boolean isolated = rnd.nextBoolean();
                String[] commune = communes.get(personCommune[p]);
                copy.cell(personId[p]).cell(isolated ? "ISOLATED" : "CONFIRMED").cell("PCR")
                        .cell(java.time.Instant.ofEpochSecond(confirmed).toString())
                        .cell(isolated ? java.time.Instant.ofEpochSecond(confirmed + 3600 + rnd.nextInt(8 * 3600)).toString() : null)
                        .cell(rnd.nextDouble() < 0.6 ? PEAK.minusDays(1 + rnd.nextInt(3)).toString() : null)
                        .cell("22").cell(commune[1]).cell(commune[0]).cell(CASE_MARK);
                copy.endRow();
            }
            copy.finish();
            conn.commit();
        }
    }

    /** The generated venues: their ids and scope columns, by size and commune. */
    private final class Venues {
        final long[] id;
        final String[] district;
        final String[] commune;
        final int[] big;
        final Map<Integer, int[]> shops = new HashMap<>();
        final Map<Integer, int[]> small = new HashMap<>();
        final int[] allShops;
        final int[] allSmall;

        Venues(long[] id, String[] district, String[] commune, int[] big, int[] allShops, int[] allSmall) {
            this.id = id;
            this.district = district;
            this.commune = commune;
            this.big = big;
            this.allShops = allShops;
            this.allSmall = allSmall;
        }

        /** A venue for a person of this commune: big anywhere (30%), a shop (40%, 80% in the commune), a small place (30%, in the commune). */
        int pick(int personCommune, Random r) {
            double u = r.nextDouble();
            if (u < 0.30) {
                return big[r.nextInt(big.length)];
            }
            if (u < 0.70) {
                int[] local = shops.get(personCommune);
                return local != null && r.nextDouble() < 0.8 ? local[r.nextInt(local.length)] : allShops[r.nextInt(allShops.length)];
            }
            int[] local = small.get(personCommune);
            return local != null ? local[r.nextInt(local.length)] : allSmall[r.nextInt(allSmall.length)];
        }
    }

    private Venues venues(List<String[]> communes, int[] communePeople) throws Exception {
        int bigCount = 50;
        int shopCount = 2_000;
        int smallCount = 30_000;
        int n = bigCount + shopCount + smallCount;
        int[] communeOf = new int[n];
        long total = Arrays.stream(communePeople).asLongStream().sum();
        for (int v = 0; v < n; v++) {
            // a commune drawn by its population
            long r = (long) (rnd.nextDouble() * total);
            int c = 0;
            while (r >= communePeople[c]) {
                r -= communePeople[c++];
            }
            communeOf[v] = c;
        }
        try (Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(false);
            CopyRows copy = CopyRows.start(conn, "copy geo_org_unit (unit_type, name, address, province_code, district_code, "
                    + "commune_code) from stdin (format text)");
            for (int v = 0; v < n; v++) {
                String[] c = communes.get(communeOf[v]);
                String type = v < bigCount ? (v % 2 == 0 ? "MARKET" : "SUPERMARKET") : "VENUE";
                String name = (v < bigCount ? "Chợ/siêu thị " : v < bigCount + shopCount ? "Cửa hàng " : "Điểm QR ") + (v + 1);
                copy.cell(type).cell(name).cell(VENUE_MARK).cell("22").cell(c[1]).cell(c[0]);
                copy.endRow();
            }
            copy.finish();
            conn.commit();
        }
        long[] ids = jdbc.sql("select id from geo_org_unit where address = :m order by id").param("m", VENUE_MARK)
                .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
        String[] district = new String[n];
        String[] commune = new String[n];
        Map<Integer, List<Integer>> shops = new HashMap<>();
        Map<Integer, List<Integer>> small = new HashMap<>();
        for (int v = 0; v < n; v++) {
            district[v] = communes.get(communeOf[v])[1];
            commune[v] = communes.get(communeOf[v])[0];
            if (v >= bigCount) {
                (v < bigCount + shopCount ? shops : small).computeIfAbsent(communeOf[v], k -> new ArrayList<>()).add(v);
            }
        }
        Venues venues = new Venues(ids, district, commune, java.util.stream.IntStream.range(0, bigCount).toArray(),
                java.util.stream.IntStream.range(bigCount, bigCount + shopCount).toArray(),
                java.util.stream.IntStream.range(bigCount + shopCount, n).toArray());
        shops.forEach((c, list) -> venues.shops.put(c, list.stream().mapToInt(Integer::intValue).toArray()));
        small.forEach((c, list) -> venues.small.put(c, list.stream().mapToInt(Integer::intValue).toArray()));
        return venues;
    }
}
