package org.epiguard.demo;

import org.epiguard.access.Scope;
import org.epiguard.access.ScopeLevel;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

/** The demo province as loaded into the test database on start (3,000 people, profile "test"). */
class DemoProvinceLoadTest extends IntegrationTest {

    @Autowired
    DemoLogins logins;

    @Autowired
    GeoDirectory geo;

    @Test
    void the_communes_of_quang_ninh_hold_the_2019_census_population_in_age_bands_that_add_up() {
        var totals = jdbc.sql("""
                        select count(*) as communes, sum(p.total) as total,
                               count(*) filter (where p.total <> p.age_0_4 + p.age_5_11 + p.age_12_17 + p.age_18_49
                                                      + p.age_50_64 + p.age_65_plus) as bands_off
                          from geo_population p join geo_admin_unit a on a.code = p.unit_code
                         where a.province_code = '22' and a.level = 'COMMUNE'""")
                .query((rs, i) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        assertThat(totals).containsExactly(177, 1_320_324, 0);
    }

    @Test
    void the_demo_people_live_in_households_villages_and_communes_of_quang_ninh() {
        long demoPeople = jdbc.sql("""
                        select count(*) from people_person p join people_household h on h.id = p.household_id
                         where p.province_code = '22' and p.commune_code = h.commune_code and p.village_id is not null""")
                .query(Long.class).single();
        assertThat(demoPeople).isGreaterThanOrEqualTo(3_000);
        long outsideTheirCommune = jdbc.sql("""
                        select count(*) from people_person p join geo_village v on v.id = p.village_id
                         where v.commune_code <> p.commune_code""").query(Long.class).single();
        assertThat(outsideTheirCommune).isZero();
    }

    @Test
    void every_demo_user_signs_in_with_the_demo_password() throws Exception {
        for (DemoUser user : DemoUsers.ALL) {
            mvc.perform(formLogin("/login").user(user.username()).password(DemoUsers.PASSWORD))
                    .andExpect(authenticated().withUsername(user.username()));
        }
    }

    @Test
    void every_demo_login_has_a_scope_that_exists() {
        var list = logins.list();
        assertThat(list).extracting(DemoLogin::username)
                .containsExactlyElementsOf(DemoUsers.ALL.stream().map(DemoUser::username).toList());
        for (DemoLogin login : list) {
            Scope scope = login.scope();
            if (scope.level() == ScopeLevel.UNIT) {
                String commune = jdbc.sql("select commune_code from geo_org_unit where id = :id")
                        .param("id", scope.key()).query(String.class).single();
                DemoUser user = DemoUsers.ALL.stream().filter(u -> u.username().equals(login.username())).findFirst().orElseThrow();
                assertThat(commune).isEqualTo(user.areaCode());
                assertThat(login.scopeInWords()).startsWith(user.unitName());
            } else {
                assertThat(geo.unit(scope.code())).as(login.username()).isPresent();
                assertThat(login.scopeInWords()).contains("Quảng Ninh");
            }
        }
    }

    @Test
    void the_demo_school_and_the_demo_enterprise_have_people_who_study_or_work_there() {
        for (String username : new String[]{"truong.baichay", "dn.texhong"}) {
            Scope scope = logins.list().stream().filter(l -> l.username().equals(username)).findFirst().orElseThrow().scope();
            long members = jdbc.sql("select count(*) from people_person where " + scope.sql("", "workplace_id"))
                    .param("scopeKey", scope.key()).query(Long.class).single();
            assertThat(members).as(username).isPositive();
        }
    }
}
