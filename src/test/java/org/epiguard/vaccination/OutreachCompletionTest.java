package org.epiguard.vaccination;

import org.epiguard.access.AccessDirectory;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A commune of Cô Tô completes its list only when everyone on it has a reason; the province sees it
 * completed and, for the communes that have not, the district command centre responsible.
 */
class OutreachCompletionTest extends OutreachTestSupport {

    @Autowired
    AccessDirectory directory;

    @Test
    void a_commune_completes_its_list_only_when_everyone_has_a_reason_and_the_province_sees_it() throws Exception {
        String commune = jdbc.sql("select code from geo_admin_unit where parent_code = '207' order by code limit 1")
                .query(String.class).single();
        String other = jdbc.sql("select code from geo_admin_unit where parent_code = '207' order by code offset 1 limit 1")
                .query(String.class).single();
        String station = user("completion.coto", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", commune));
        String district = user("completion.district", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "207"));
        jdbc.sql("update access_user set phone = '0912345678', full_name = 'Chỉ huy Cô Tô' where username = :u")
                .param("u", district).update();
        String province = user("completion.province", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "22"));
        String name = unique("Chưa Có Lý Do");
        long person = person(name, commune, null, 1950);

        // a district user cannot complete a commune's list
        mvc.perform(post("/vaccination/outreach/complete").param("commune", commune).with(as(district)))
                .andExpect(status().isForbidden());
        // a person without a reason: refused, naming who is missing
        String refusal = mvc.perform(post("/vaccination/outreach/complete").param("commune", commune).with(as(station)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refusal).contains(name);
        assertThat(openCompletions(commune)).isZero();

        // everyone on the list gets a reason (the demo people of the commune too)
        jdbc.sql("""
                        insert into vacc_outreach_reason (person_id, reason, province_code, district_code, commune_code,
                                                          recorded_by, recorded_by_name)
                        select p.id, 'NOT_REACHED', p.province_code, p.district_code, p.commune_code, 0, 'test'
                          from people_person p where p.commune_code = :c and p.id <> :me""")
                .param("c", commune).param("me", person).update();
        mvc.perform(post("/vaccination/outreach/reasons").param("personId", Long.toString(person))
                .param("reason", "REFUSES").with(as(station))).andExpect(status().isOk());
        mvc.perform(post("/vaccination/outreach/complete").param("commune", commune).with(as(station)))
                .andExpect(status().is3xxRedirection());
        assertThat(openCompletions(commune)).isEqualTo(1);
        // completing twice changes nothing
        mvc.perform(post("/vaccination/outreach/complete").param("commune", commune).with(as(station)))
                .andExpect(status().is3xxRedirection());
        assertThat(openCompletions(commune)).isEqualTo(1);

        // the province sets a deadline and sees who completed and who is responsible for the others
        mvc.perform(post("/vaccination/outreach/deadline").param("deadline", "2099-12-31").with(as(district)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/vaccination/outreach/deadline").param("deadline", "not a date").with(as(province)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/vaccination/outreach/deadline").param("deadline", "2099-12-31").with(as(province)))
                .andExpect(status().is3xxRedirection());
        String board = mvc.perform(get("/vaccination/outreach/completion?district=207").with(as(province)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(board).contains("31/12/2099");
        String mine = rowOf(board, commune);
        assertThat(mine).contains("Hoàn thành").doesNotContain("Chỉ huy Cô Tô");
        assertThat(rowOf(board, other)).contains("Chưa hoàn thành").contains("Chỉ huy Cô Tô").contains("0912345678");
        // another district's command centre does not see the communes of Cô Tô
        String mongCai = user("completion.mongcai", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "194"));
        assertThat(mvc.perform(get("/vaccination/outreach/completion").with(as(mongCai))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain("data-commune=\"" + commune + "\"");

        // the district reopens it; another commune cannot
        String otherStation = user("completion.other", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", other));
        mvc.perform(post("/vaccination/outreach/reopen").param("commune", commune).with(as(otherStation)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/vaccination/outreach/reopen").param("commune", commune).with(as(district)))
                .andExpect(status().is3xxRedirection());
        assertThat(openCompletions(commune)).isZero();
        assertThat(audits("vaccination_outreach_completion", commune)).isEqualTo(2);
    }

    @Test
    void the_access_directory_names_the_users_of_a_role_for_exactly_a_scope() {
        user("directory.district", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "202"));
        user("directory.commune", Role.COMMUNE_HEALTH_STATION, Scope.of("DISTRICT", "202"));
        user("directory.elsewhere", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "203"));
        assertThat(directory.usersOf(Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "202")))
                .extracting(AccessDirectory.UserContact::username)
                .contains("directory.district").doesNotContain("directory.commune", "directory.elsewhere");
        jdbc.sql("update access_user set enabled = false where username = 'directory.district'").update();
        assertThat(directory.usersOf(Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "202")))
                .extracting(AccessDirectory.UserContact::username).doesNotContain("directory.district");
        jdbc.sql("update access_user set enabled = true where username = 'directory.district'").update();
    }

    int openCompletions(String commune) {
        return jdbc.sql("select count(*) from vacc_outreach_completion where commune_code = :c and reopened_at is null")
                .param("c", commune).query(Integer.class).single();
    }

    static String rowOf(String board, String commune) {
        int start = board.indexOf("data-commune=\"" + commune + "\"");
        assertThat(start).isPositive();
        return board.substring(start, board.indexOf("</tr>", start));
    }
}
