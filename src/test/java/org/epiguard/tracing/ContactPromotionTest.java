package org.epiguard.tracing;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** When an F1 becomes a case, their own contacts are promoted F2 -> F1 and the chain is kept. */
class ContactPromotionTest extends ContactTestSupport {

    @Test
    void when_an_f1_becomes_a_case_their_f2_become_f1_of_the_new_case_and_the_chain_is_kept() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long first = person("Ca Gốc Thăng Cấp", BAI_CHAY, HA_LONG);
        long caseA = confirmedCase(first, 48);
        long x = person("F1 Thành Ca", BAI_CHAY, HA_LONG);
        long xAsF1 = f1(tyt, caseA, x, "WORKPLACE");
        long y = person("F2 Lên F1 Một", BAI_CHAY, HA_LONG);
        long z = person("F2 Lên F1 Ka Long", KA_LONG, MONG_CAI);
        long yId = f2(tyt, x, y);
        long zId = f2(provinceUser(), x, z);
        long untouched = f2(tyt, f1Person(tyt, caseA), person("F2 Của F1 Khác", BAI_CHAY, HA_LONG));

        long caseX = becomesCase(x, 1);

        JsonNode promoted = read(tyt, "/api/v1/tracing/contacts/" + yId);
        assertThat(promoted.get("level").asInt()).isEqualTo(1);
        assertThat(promoted.get("caseId").asLong()).isEqualTo(caseX);
        assertThat(promoted.get("sourcePersonId").asLong()).isEqualTo(x);
        assertThat(promoted.get("promotedAt").isNull()).isFalse();
        // Ka Long's commune now has an F1 of case X to quarantine
        JsonNode kaLong = read(communeUser(KA_LONG), "/api/v1/tracing/contacts?level=1&caseId=" + caseX);
        assertThat(kaLong.get("total").asLong()).isEqualTo(1);
        assertThat(kaLong.get("rows").get(0).get("id").asLong()).isEqualTo(zId);
        // the chain is kept: X is still an F1 of case A, and another F1's F2 is still an F2
        JsonNode xRow = read(tyt, "/api/v1/tracing/contacts/" + xAsF1);
        assertThat(xRow.get("caseId").asLong()).isEqualTo(caseA);
        assertThat(xRow.get("level").asInt()).isEqualTo(1);
        assertThat(read(tyt, "/api/v1/tracing/contacts/" + untouched).get("level").asInt()).isEqualTo(2);
        assertThat(count("select count(*) from access_audit where entity_type = 'tracing_contact' and action = 'UPDATE' and entity_id = cast(:p as text)", yId))
                .isEqualTo(1);
        // new contacts of X go under X's case, not as F2
        assertThat(postJson(tyt, "/api/v1/tracing/contacts", """
                {"f1PersonId": %d, "personId": %d, "exposure": "VENUE", "lastExposureAt": "%s"}"""
                .formatted(x, person("Muộn Sau Thăng Cấp", BAI_CHAY, HA_LONG), hoursAgo(1)), 400))
                .contains("\"field\":\"f1PersonId\",\"code\":\"F1_IS_CASE\"", "#" + caseX);
    }

    @Test
    void an_f2_already_listed_under_the_new_case_stays_where_it_is() throws Exception {
        String tyt = communeUser(HUNG_THANG);
        long caseA = confirmedCase(person("Ca Gốc Hai", HUNG_THANG, HA_LONG), 40);
        long x = person("F1 Thành Ca Hai", HUNG_THANG, HA_LONG);
        f1(tyt, caseA, x, "HOUSEHOLD");
        long y = person("F2 Hai Đường", HUNG_THANG, HA_LONG);
        long yAsF2 = f2(tyt, x, y);
        long caseX = transactions.execute(tx -> confirmedCase(x, 2));
        long yAsF1 = f1(tyt, caseX, y, "HOUSEHOLD");
        events.publishEvent(new org.epiguard.cases.CaseConfirmed(caseX, x, java.time.Instant.now(), "22", HA_LONG, HUNG_THANG));
        assertThat(read(tyt, "/api/v1/tracing/contacts?caseId=" + caseX).get("total").asLong()).isEqualTo(1);
        assertThat(read(tyt, "/api/v1/tracing/contacts/" + yAsF1).get("level").asInt()).isEqualTo(1);
        assertThat(read(tyt, "/api/v1/tracing/contacts/" + yAsF2).get("level").asInt()).isEqualTo(2);
    }

    /** Another F1 of the case, for an F2 the promotion must leave alone. */
    private long f1Person(String user, long caseId) throws Exception {
        long p = person("F1 Khác Của Ca", BAI_CHAY, HA_LONG);
        f1(user, caseId, p, "VENUE");
        return p;
    }
}
