package org.epiguard.vaccination;

import com.jayway.jsonpath.JsonPath;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.epiguard.people.PersonsMerged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The list of an enterprise's out-of-province workers with 0 or 1 dose, its summary per enterprise, and who sees them. */
class WorkerListTest extends OutreachTestSupport {

    static final String DATE = "2022-02-01";

    WorkerTestData data;
    long enterprise;
    String owner;
    long none;
    long one;
    long two;
    long janssen;
    long ended;
    long dosedLater;

    @BeforeEach
    void workers() throws Exception {
        data = new WorkerTestData(jdbc);
        enterprise = data.enterprise("Công ty May Bãi Cháy", "06673", "193");
        owner = user("workers.owner." + enterprise, Role.ENTERPRISE, Scope.of("UNIT", Long.toString(enterprise)));
        none = data.worker("Lê Văn Chưa Tiêm", enterprise, "06673", "193");
        one = data.worker("Lê Văn Một Mũi", enterprise, "06673", "193");
        dose(one, 1, "PFIZER", "2021-10-01");
        two = data.worker("Lê Văn Hai Mũi", enterprise, "06673", "193");
        dose(two, 1, "VERO_CELL", "2021-09-01");
        dose(two, 2, "VERO_CELL", "2021-10-01");
        janssen = data.worker("Lê Văn Janssen", enterprise, "06673", "193");
        dose(janssen, 1, "JANSSEN", "2021-10-01");
        ended = data.worker("Lê Văn Đã Nghỉ", enterprise, "06673", "193");
        dosedLater = data.worker("Lê Văn Tiêm Sau", enterprise, "06673", "193");
        dose(dosedLater, 1, "ASTRAZENECA", "2022-03-01");
        for (long p : List.of(none, one, two, janssen, dosedLater)) {
            register(owner, p, "38", "01/09/2021", null, 201);
        }
        register(owner, ended, "40", "01/09/2021", "31/12/2021", 201);
    }

    void register(String user, long person, String province, String start, String end, int expect) throws Exception {
        String body = """
                {"personId": %d, "homeProvince": "%s", "startDate": "%s", "endDate": %s}"""
                .formatted(person, province, start, end == null ? "null" : "\"" + end + "\"");
        mvc.perform(post("/api/v1/vaccination/workers").param("enterprise", Long.toString(enterprise)).with(as(user))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expect));
    }

    String getJson(String user, Map<String, String> params, int expect) throws Exception {
        var request = get("/api/v1/vaccination/workers").with(as(user));
        params.forEach(request::param);
        return mvc.perform(request).andExpect(status().is(expect)).andReturn().getResponse().getContentAsString();
    }

    static List<Long> ids(String json, String path) {
        List<Number> found = JsonPath.read(json, path);
        return found.stream().map(Number::longValue).toList();
    }

    @Test
    void the_list_holds_exactly_the_workers_in_their_period_without_a_second_dose_or_a_janssen_dose() throws Exception {
        String json = getJson(owner, Map.of("date", DATE), 200);
        assertThat(ids(json, "$.rows[*].personId")).containsExactlyInAnyOrder(none, one, dosedLater);
        assertThat(JsonPath.<Integer>read(json, "$.total")).isEqualTo(3);
        assertThat(JsonPath.<List<Object>>read(json, "$.rows[?(@.personId == " + one + ")].lastProduct"))
                .containsExactly("Pfizer-BioNTech (Comirnaty)");
        assertThat(JsonPath.<List<Object>>read(json, "$.rows[?(@.personId == " + one + ")].homeProvince"))
                .containsExactly("Tỉnh Thanh Hóa");
        assertThat(JsonPath.<List<Object>>read(json, "$.rows[?(@.personId == " + one + ")].phone"))
                .containsExactly("0912000111");
        // by default the unvaccinated first
        assertThat(JsonPath.<Integer>read(json, "$.rows[0].doses")).isZero();

        // a day after the AstraZeneca dose the worker counts with one dose; only one-dose workers when asked
        String later = getJson(owner, Map.of("date", "2022-03-02", "doses", "1"), 200);
        assertThat(ids(later, "$.rows[*].personId")).containsExactlyInAnyOrder(one, dosedLater);
        // during the ended period the worker was listed
        assertThat(ids(getJson(owner, Map.of("date", "2021-12-01"), 200), "$.rows[*].personId")).contains(ended);

        String page = mvc.perform(get("/vaccination/workers").param("date", DATE).with(as(owner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Lê Văn Chưa Tiêm", "Lê Văn Một Mũi", "Lê Văn Tiêm Sau")
                .doesNotContain("Lê Văn Hai Mũi", "Lê Văn Janssen", "Lê Văn Đã Nghỉ");

        getJson(owner, Map.of("date", "31/02/2022"), 400);
        getJson(owner, Map.of("doses", "2"), 400);
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Test
    void a_merged_worker_stays_on_the_list_as_the_survivor_once() throws Exception {
        long survivor = data.worker("Lê Văn Gộp", enterprise, "06673", "193");
        register(owner, survivor, "38", "01/09/2021", null, 201);
        tx.executeWithoutResult(s -> events.publishEvent(new PersonsMerged(survivor, none)));
        jdbc.sql("update people_person set merged_into = :s where id = :m").param("s", survivor).param("m", none).update();
        String json = getJson(owner, Map.of("date", DATE), 200);
        assertThat(ids(json, "$.rows[*].personId")).containsExactlyInAnyOrder(survivor, one, dosedLater);
        assertThat(jdbc.sql("select count(*) from vacc_worker where person_id = :p").param("p", survivor)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_export_lists_the_same_workers_and_is_audited() throws Exception {
        long before = exports();
        var response = mvc.perform(get("/vaccination/workers/export.xlsx").param("date", DATE).with(as(owner)))
                .andExpect(status().isOk()).andReturn().getResponse();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(response.getContentAsByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            List<String> names = new java.util.ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                names.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(names).containsExactlyInAnyOrder("Lê Văn Chưa Tiêm", "Lê Văn Một Mũi", "Lê Văn Tiêm Sau");
        }
        assertThat(exports()).isEqualTo(before + 1);
    }

    long exports() {
        return jdbc.sql("select count(*) from access_audit where action = 'EXPORT' and entity_type = 'vaccination_worker_list' and entity_id = :e")
                .param("e", Long.toString(enterprise)).query(Long.class).single();
    }

    @Test
    void the_district_sees_a_summary_per_enterprise_that_links_to_its_list() throws Exception {
        String district = user("workers.district.halong", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "193"));
        String json = getJson(district, Map.of("date", DATE, "size", "200"), 200);
        String at = "$.enterprises[?(@.enterpriseId == " + enterprise + ")]";
        assertThat(JsonPath.<List<Object>>read(json, at + ".registered")).containsExactly(5);
        assertThat(JsonPath.<List<Object>>read(json, at + ".noDose")).containsExactly(2);
        assertThat(JsonPath.<List<Object>>read(json, at + ".oneDose")).containsExactly(1);
        String page = mvc.perform(get("/vaccination/workers").param("date", DATE).param("size", "200").with(as(district)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/vaccination/workers?enterprise=" + enterprise);
        String form = mvc.perform(get("/vaccination/workers/new").with(as(district))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"" + enterprise + "\"");
        // the district must say for which enterprise it registers
        assertThat(mvc.perform(post("/vaccination/workers").with(as(district)).param("citizenId", data.citizenId())
                        .param("fullName", "Lê Văn Không Nơi").param("birth", "1990").param("homeProvince", "38")
                        .param("startDate", "01/09/2021"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("data-field=\"enterprise\"");
        assertThat(jdbc.sql("select count(*) from people_person where full_name = 'Lê Văn Không Nơi'").query(Long.class).single()).isZero();
        assertThat(ids(getJson(district, Map.of("date", DATE, "enterprise", Long.toString(enterprise)), 200), "$.rows[*].personId"))
                .containsExactlyInAnyOrder(none, one, dosedLater);
    }

    @Test
    void another_enterprise_another_commune_and_another_district_get_nothing() throws Exception {
        long otherEnterprise = data.enterprise("Công ty Khác", "06673", "193");
        String rival = user("workers.rival." + otherEnterprise, Role.ENTERPRISE, Scope.of("UNIT", Long.toString(otherEnterprise)));
        String kaLong = user("workers.tyt.kalong", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06709"));
        String mongCai = user("workers.district.mongcai", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "194"));
        String school = user("workers.school", Role.SCHOOL, Scope.of("COMMUNE", "06673"));
        Map<String, String> asked = Map.of("date", DATE, "enterprise", Long.toString(enterprise));
        for (String outsider : List.of(rival, kaLong, mongCai)) {
            getJson(outsider, asked, 404);
            mvc.perform(get("/vaccination/workers").param("enterprise", Long.toString(enterprise)).with(as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/vaccination/workers/export.xlsx").param("enterprise", Long.toString(enterprise)).with(as(outsider)))
                    .andExpect(status().isNotFound());
        }
        // the rival enterprise's own list and the other area's summaries hold none of these workers
        assertThat(ids(getJson(rival, Map.of("date", DATE), 200), "$.rows[*].personId")).isEmpty();
        for (String area : List.of(kaLong, mongCai)) {
            assertThat(ids(getJson(area, Map.of("date", DATE, "size", "200"), 200), "$.enterprises[*].enterpriseId"))
                    .doesNotContain(enterprise);
        }
        getJson(school, Map.of("date", DATE), 403);

        // writes: nothing registered, whoever tries
        long before = data.workers(enterprise);
        String body = """
                {"citizenId": "%s", "fullName": "Người Lạ", "birth": "1990", "sex": "M", "homeProvince": "38", "startDate": "01/09/2021"}"""
                .formatted(data.citizenId());
        for (String outsider : List.of(rival, mongCai)) {
            mvc.perform(post("/api/v1/vaccination/workers").param("enterprise", Long.toString(enterprise)).with(as(outsider))
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNotFound());
        }
        mvc.perform(post("/api/v1/vaccination/workers").param("enterprise", Long.toString(enterprise)).with(as(kaLong))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        // a commune user may read but not register; a district user whose capture is another commune may not either
        String readerOnly = "workers.viewer.halong";
        users.ensure(readerOnly, Role.DISTRICT_COMMAND, Scope.of("COMMUNE", "06709"), Scope.of("DISTRICT", "193"));
        mvc.perform(post("/api/v1/vaccination/workers").param("enterprise", Long.toString(enterprise)).with(as(readerOnly))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        String baiChay = user("workers.tyt.baichay", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
        mvc.perform(post("/api/v1/vaccination/workers").param("enterprise", Long.toString(enterprise)).with(as(baiChay))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        // the rival registers its own worker by the id of a person of this enterprise: not in its registry
        mvc.perform(post("/api/v1/vaccination/workers").param("enterprise", Long.toString(otherEnterprise)).with(as(rival))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\": " + none + ", \"homeProvince\": \"38\", \"startDate\": \"01/09/2021\"}"))
                .andExpect(status().isNotFound());
        assertThat(data.workers(enterprise)).isEqualTo(before);
        assertThat(data.workers(otherEnterprise)).isZero();
        assertThat(jdbc.sql("select count(*) from people_person where full_name = 'Người Lạ'").query(Long.class).single()).isZero();
    }
}
