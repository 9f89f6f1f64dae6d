package org.epiguard.isolation;

import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The F1 of a case, listed by tracing wherever they live, are put in quarantine in one action. */
class ContactQuarantineTest extends IsolationTestSupport {

    void listF1(long caseId, long person) throws Exception {
        post("/api/v1/tracing/contacts", baiChay(), """
                {"caseId": %d, "personId": %d, "exposure": "HOUSEHOLD", "lastExposureAt": "10/02/2022 09:00"}"""
                .formatted(caseId, person), 201);
    }

    @Test
    void the_f1_of_a_case_are_quarantined_in_one_action_once_and_only_inside_the_scope() throws Exception {
        long caseId = confirmedCase(baiChayPerson("Ca Nguồn Của F1 Cách Ly"));
        long first = baiChayPerson("F1 Thứ Nhất Cách Ly");
        long second = baiChayPerson("F1 Thứ Hai Cách Ly");
        listF1(caseId, first);
        listF1(caseId, second);
        String path = API + "/cases/" + caseId + "/contacts/quarantine";

        // another district sees no F1 of the case: as if it did not exist, nothing opened
        post(path, mongCai(), null, 404);
        assertThat(jdbc.sql("select count(*) from isolation_episode where person_id in (:a, :b)")
                .param("a", first).param("b", second).query(Long.class).single()).isZero();
        post(path + "?startDate=31/02/2022", baiChay(), null, 400);

        JsonNode done = post(path, baiChay(), null, 200);
        assertThat(done.get("opened")).hasSize(2);
        assertThat(done.get("opened").findValuesAsText("kind")).containsOnly("CONTACT_QUARANTINE");
        assertThat(done.get("opened").findValuesAsText("startDate")).as("the day after the last exposure")
                .containsOnly("2022-02-11");
        assertThat(done.get("skipped")).isEmpty();

        JsonNode again = post(path, baiChay(), null, 200);
        assertThat(again.get("opened")).isEmpty();
        assertThat(again.get("skipped").findValuesAsText("reason")).containsOnly("ALREADY_RUNNING");
    }
}
