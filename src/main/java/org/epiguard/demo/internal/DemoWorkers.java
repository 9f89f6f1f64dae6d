package org.epiguard.demo.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The out-of-province workers that the demo's enterprises of the Texhong Hải Hà industrial zone have
 * registered (deterministic for a seed): people from the northern and north-central provinces (their
 * CCCD carries their home province), living in the enterprise's commune, most still at work, a few
 * whose period ended in 2022, with a mix of 0, 1 (one of them Janssen, which completes the series),
 * 2 and 3 doses — so the list of workers with 0 or 1 dose shows something on the first start.
 */
final class DemoWorkers {

    /** Enterprise (by name, in commune 06952) and how many workers it registered. */
    private record Employer(String name, int workers) {
    }

    private static final String COMMUNE = "06952";
    private static final List<Employer> EMPLOYERS = List.of(new Employer(NamedPlaces.DEMO_ENTERPRISE, 40),
            new Employer("Công ty TNHH Dệt may Hải Hà", 12));
    /** Home provinces (GSO codes) the workers come from. */
    private static final String[] HOME = {"38", "40", "34", "30", "24", "36", "33", "19", "20", "42"};
    private static final String[] PRODUCTS = {"VERO_CELL", "ASTRAZENECA", "PFIZER"};

    private final JdbcClient jdbc;
    private final SplittableRandom random;

    DemoWorkers(JdbcClient jdbc, long seed) {
        this.jdbc = jdbc;
        this.random = new SplittableRandom(seed ^ 0x776f726bL);
    }

    /** Writes the workers, their registrations and doses; returns the number of workers. */
    int write() {
        var district = jdbc.sql("select district_code from geo_admin_unit where code = :c").param("c", COMMUNE)
                .query(String.class).optional();
        if (district.isEmpty()) {
            return 0;
        }
        int written = 0;
        for (Employer employer : EMPLOYERS) {
            var unit = jdbc.sql("select id from geo_org_unit where name = :n and commune_code = :c order by id limit 1")
                    .param("n", employer.name()).param("c", COMMUNE).query(Long.class).optional();
            if (unit.isEmpty()) {
                continue;
            }
            for (int i = 0; i < employer.workers(); i++) {
                worker(unit.get(), district.get(), i);
                written++;
            }
        }
        return written;
    }

    private void worker(long enterprise, String district, int i) {
        String home = HOME[random.nextInt(HOME.length)];
        char sex = random.nextInt(100) < 62 ? 'F' : 'M';
        int birthYear = 1975 + random.nextInt(28);
        String name = VietnameseNames.fullName(VietnameseNames.familyName(random), sex, birthYear, random);
        String phone = "09" + (10_000_000 + random.nextInt(89_999_999));
        long person = jdbc.sql("""
                        insert into people_person (citizen_id, full_name, birth_year, sex, phone, province_code, district_code,
                                                   commune_code, address_text, occupation, workplace_id)
                        values (:cid, :name, :year, :sex, :phone, '22', :d, :c, 'Nhà trọ công nhân khu công nghiệp Texhong Hải Hà',
                                'FACTORY_WORKER', :unit) returning id""")
                .param("cid", citizenId(home, birthYear, sex)).param("name", name).param("year", birthYear)
                .param("sex", String.valueOf(sex)).param("phone", phone).param("d", district).param("c", COMMUNE)
                .param("unit", enterprise).query(Long.class).single();
        LocalDate start = LocalDate.of(2021, 6, 1).plusDays(random.nextInt(200));
        // every eighth worker left in spring 2022: their registration has ended
        LocalDate end = i % 8 == 7 ? LocalDate.of(2022, 3, 31) : null;
        jdbc.sql("""
                        insert into vacc_worker (enterprise_id, person_id, home_province_code, start_date, end_date,
                                                 province_code, district_code, commune_code, source, registered_by_name)
                        values (:unit, :p, :home, :s, :e, '22', :d, :c, 'DEMO', 'demo')""")
                .param("unit", enterprise).param("p", person).param("home", home).param("s", Date.valueOf(start))
                .param("e", end == null ? null : Date.valueOf(end)).param("d", district).param("c", COMMUNE).update();
        doses(person, district, i);
    }

    /** 0 doses (about a third), 1, 2 or 3; the fifth worker of each enterprise had one Janssen dose. */
    private void doses(long person, String district, int i) {
        int roll = random.nextInt(100);
        int count = i == 4 ? 1 : roll < 35 ? 0 : roll < 65 ? 1 : roll < 90 ? 2 : 3;
        String product = i == 4 ? "JANSSEN" : PRODUCTS[random.nextInt(PRODUCTS.length)];
        LocalDate date = LocalDate.of(2021, 8, 1).plusDays(random.nextInt(110));
        for (int n = 1; n <= count; n++) {
            jdbc.sql("""
                            insert into vacc_dose (person_id, product_code, dose_date, dose_number, site_name, province_code,
                                                   district_code, commune_code, source)
                            values (:p, :product, :date, :n, 'Trạm Y tế khu công nghiệp', '22', :d, :c, 'IMPORT')""")
                    .param("p", person).param("product", n == 3 ? "PFIZER" : product).param("date", Date.valueOf(date))
                    .param("n", n).param("d", district).param("c", COMMUNE).update();
            date = date.plusDays(n == 1 ? 35 + random.nextInt(30) : 150 + random.nextInt(30));
        }
    }

    /** A CCCD of the home province (0 + province code, century-and-sex digit, year, six digits) that no one holds yet. */
    private String citizenId(String home, int birthYear, char sex) {
        String prefix = "0" + home + ((birthYear < 2000 ? 0 : 2) + (sex == 'F' ? 1 : 0)) + String.format("%02d", birthYear % 100);
        while (true) {
            String id = prefix + String.format("%06d", random.nextInt(1_000_000));
            boolean taken = jdbc.sql("select exists (select 1 from people_person where citizen_id = :id)")
                    .param("id", id).query(Boolean.class).single();
            if (!taken) {
                return id;
            }
        }
    }
}
