package org.epiguard.geo.internal;

import org.epiguard.access.Scope;
import org.epiguard.geo.OrgUnitType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The filters of the organisation units list, turned into SQL conditions with bound values; the
 * user's view scope is always one of them.
 */
record OrgUnitFilter(String type, String district, String commune, String q, Boolean active) {

    static final Map<String, String> SORTABLE = Map.of(
            "name", "eg_fold(o.name)", "type", "o.unit_type", "commune", "o.commune_code",
            "capacity", "o.capacity", "id", "o.id");

    /** The WHERE clause and its parameters. */
    record Sql(String where, Map<String, Object> params) {
    }

    Sql sql(Scope view) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        conditions.add(view.sql("o", "id"));
        params.put("scopeKey", view.key());
        if (typeValue() != null) {
            conditions.add("o.unit_type = :type");
            params.put("type", typeValue().name());
        }
        if (present(district)) {
            conditions.add("o.district_code = :district");
            params.put("district", district.strip());
        }
        if (present(commune)) {
            conditions.add("o.commune_code = :commune");
            params.put("commune", commune.strip());
        }
        if (present(q)) {
            conditions.add("eg_fold(o.name) like '%' || eg_fold(:q) || '%'");
            params.put("q", q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        }
        if (active != null) {
            conditions.add("o.active = :active");
            params.put("active", active);
        }
        return new Sql(String.join(" and ", conditions), params);
    }

    public OrgUnitType typeValue() {
        if (!present(type)) {
            return null;
        }
        try {
            return OrgUnitType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
