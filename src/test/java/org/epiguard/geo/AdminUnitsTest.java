package org.epiguard.geo;

import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class AdminUnitsTest extends IntegrationTest {

    @Autowired
    GeoDirectory geo;

    @Test
    void the_GSO_list_of_2021_is_loaded_whole() {
        var counts = jdbc.sql("select level, count(*) from geo_admin_unit group by level")
                .query((rs, i) -> rs.getString(1) + "=" + rs.getLong(2)).list();
        assertThat(counts).containsExactlyInAnyOrder("PROVINCE=63", "DISTRICT=705", "COMMUNE=10599");
    }

    @Test
    void quang_ninh_has_13_districts_and_177_communes_with_diacritics_and_unit_types() {
        assertThat(geo.children("22")).hasSize(13);
        assertThat(geo.communesIn(org.epiguard.access.Scope.of("PROVINCE", "22"))).hasSize(177);
        assertThat(geo.describe("06673")).isEqualTo("Phường Bãi Cháy, Thành phố Hạ Long, Tỉnh Quảng Ninh");
        assertThat(geo.communeLocation("06673")).get()
                .satisfies(l -> assertThat(l.districtCode()).isEqualTo("193"))
                .satisfies(l -> assertThat(l.provinceCode()).isEqualTo("22"));
        assertThat(geo.unit("205").orElseThrow().fullName()).isEqualTo("Thị xã Đông Triều");
    }
}
