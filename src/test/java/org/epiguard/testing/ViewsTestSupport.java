package org.epiguard.testing;

import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the statistics and kit tests share: a commune of Hạ Long the other testing tests leave alone, JSON answers. */
abstract class ViewsTestSupport extends TestingTestSupport {

    @Autowired
    JsonMapper json;

    /** The communes of Hạ Long but Bãi Cháy and Hùng Thắng, from the last: each test class takes its own offsets. */
    String quietCommune(int offset) {
        return jdbc.sql("""
                        select code from geo_admin_unit where level = 'COMMUNE' and district_code = :p
                           and code not in (:bc, :ht) order by code desc offset :o limit 1""")
                .param("p", HA_LONG).param("bc", BAI_CHAY).param("ht", HUNG_THANG).param("o", offset)
                .query(String.class).single();
    }

    JsonNode read(String username, String path) throws Exception {
        return json.readTree(getJson(username, path, 200));
    }
}
