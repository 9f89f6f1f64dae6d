package org.epiguard.geo;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bắc Kạn (province 06): district and province figures are the sums of their communes unless entered. */
class PopulationSumsTest extends IntegrationTest {

    @Autowired
    PopulationFacts facts;

    private void importCsv(String user, String rows) throws Exception {
        String csv = "mã đơn vị,tổng,0-4,5-11,12-17,18-49,50-64,65+\n" + rows;
        mvc.perform(multipart("/api/v1/geo/population/imports").file(new MockMultipartFile("file", "bac-kan.csv",
                        "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(as(user)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rejected").value(0));
    }

    @Test
    void districts_and_the_province_add_up_their_communes_until_a_figure_is_entered_for_them() throws Exception {
        String committee = user("sums-backan", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "06"));
        assertThat(facts.population("06").orElseThrow().origin()).isEqualTo(Population.Origin.MISSING);

        importCsv(committee, """
                01834,1000,100,100,100,400,200,100
                01837,2000,200,200,200,800,400,200
                01858,500,,,,,,
                01861,700,,,,,,
                """);
        Population city = facts.population("058").orElseThrow();
        assertThat(city.origin()).isEqualTo(Population.Origin.SUMMED);
        assertThat(city.total()).isEqualTo(3000);
        assertThat(city.bands()).containsExactly(300L, 300L, 300L, 1200L, 600L, 300L);
        assertThat(city.partsCounted()).isEqualTo(2);
        assertThat(city.bandsComplete()).isTrue();
        Population pacNam = facts.population("060").orElseThrow();
        assertThat(pacNam.total()).isEqualTo(1200);
        assertThat(pacNam.bandsComplete()).as("only totals were entered for Pác Nặm").isFalse();
        assertThat(facts.population("06").orElseThrow())
                .satisfies(p -> assertThat(p.total()).isEqualTo(4200))
                .satisfies(p -> assertThat(p.origin()).isEqualTo(Population.Origin.SUMMED))
                .satisfies(p -> assertThat(p.partsCounted()).isEqualTo(2));
        assertThat(facts.population("062").orElseThrow().origin()).isEqualTo(Population.Origin.MISSING);

        importCsv(committee, "060,45000,,,,,,\n");
        assertThat(facts.population("060").orElseThrow())
                .satisfies(p -> assertThat(p.total()).isEqualTo(45000))
                .satisfies(p -> assertThat(p.origin()).isEqualTo(Population.Origin.ENTERED));
        assertThat(facts.population("06").orElseThrow().total()).isEqualTo(3000 + 45000);
        assertThat(facts.childrenOf("06")).hasSize(8)
                .filteredOn(p -> p.unitCode().equals("058")).singleElement()
                .satisfies(p -> assertThat(p.total()).isEqualTo(3000));

        mvc.perform(get("/api/v1/geo/population/06").with(as(committee)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(48000))
                .andExpect(jsonPath("$.origin").value("SUMMED"));

        importCsv(committee, "06,313905,,,,,,\n");
        assertThat(facts.population("06").orElseThrow())
                .satisfies(p -> assertThat(p.total()).isEqualTo(313905))
                .satisfies(p -> assertThat(p.entered()).isTrue());
        assertThat(facts.population("01834").orElseThrow().entered()).isTrue();
        assertThat(facts.population("nope")).isEmpty();

        mvc.perform(get("/geo/units/058").with(as(committee)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường Sông Cầu")))
                .andExpect(content().string(containsString("Cộng từ 2 đơn vị")));
    }

    @Test
    void the_population_of_a_unit_outside_the_view_scope_is_not_found() throws Exception {
        String commune = user("sums-baichay", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
        mvc.perform(get("/api/v1/geo/population/058").with(as(commune))).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("total"))));
        mvc.perform(get("/api/v1/geo/population/06673").with(as(commune))).andExpect(status().isOk());
    }
}
