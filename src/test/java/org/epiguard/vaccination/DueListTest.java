package org.epiguard.vaccination;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who is due for the next dose on a date, by the interval of the product and the dated booster rule. */
class DueListTest extends OutreachTestSupport {

    @Test
    void people_are_due_after_the_interval_of_their_product_and_the_booster_delay_of_the_rule() throws Exception {
        String station = user("due.baichay", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));
        long v = village(BAI_CHAY, unique("Due"));
        long az = person(unique("AZ One"), BAI_CHAY, v, 1980);
        dose(az, 1, "ASTRAZENECA", "2021-12-01");          // due 2022-01-26 (56 days)
        long pfizer = person(unique("Pfizer One"), BAI_CHAY, v, 1980);
        dose(pfizer, 1, "PFIZER", "2022-01-11");            // due 2022-02-01 (21 days)
        long done = person(unique("Done Twice"), BAI_CHAY, v, 1980);
        dose(done, 1, "PFIZER", "2021-10-01");
        dose(done, 2, "PFIZER", "2021-11-03");              // booster due 2022-02-01 (90 days)
        long boosted = person(unique("Boosted"), BAI_CHAY, v, 1980);
        dose(boosted, 1, "PFIZER", "2021-07-01");
        dose(boosted, 2, "PFIZER", "2021-07-22");
        dose(boosted, 3, "PFIZER", "2021-11-01");
        long none = person(unique("No Dose"), BAI_CHAY, v, 1980);

        String on = page(station, v, "2022-02-01");
        assertThat(on).contains(name(az), name(pfizer), name(done)).doesNotContain(name(boosted), name(none));
        String dayBefore = page(station, v, "2022-01-31");
        assertThat(dayBefore).contains(name(az)).doesNotContain(name(pfizer), name(done));
        assertThat(page(station, v, "2022-01-25")).doesNotContain(name(az));

        String other = user("due.kalong", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", KA_LONG));
        for (String path : new String[]{"/vaccination/outreach/due", "/vaccination/outreach/due/export.xlsx"}) {
            assertThat(mvc.perform(get(path + "?commune=" + BAI_CHAY + "&village=" + v).with(as(other)))
                    .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString()).doesNotContain(name(az));
        }
        mvc.perform(get("/vaccination/outreach/due/export.xlsx?village=" + v + "&date=2022-02-01").with(as(station)))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from access_audit where entity_type = 'vaccination_due_list' and after->>'village' = :v")
                .param("v", Long.toString(v)).query(Integer.class).single()).isEqualTo(1);
    }

    String page(String user, long village, String date) throws Exception {
        return mvc.perform(get("/vaccination/outreach/due?village=" + village + "&date=" + date).with(as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    String name(long person) {
        return jdbc.sql("select full_name from people_person where id = :id").param("id", person).query(String.class).single();
    }
}
