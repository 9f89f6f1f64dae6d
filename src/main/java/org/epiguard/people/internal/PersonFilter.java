package org.epiguard.people.internal;

import org.epiguard.access.Scope;
import org.epiguard.people.Occupation;
import org.epiguard.people.Sex;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The filters of the people list. Values that do not parse are ignored rather than refused, since they
 * come from links and select boxes. Ages count in years reached this year (birth year), which is all
 * that is known of many people.
 */
record PersonFilter(String district, String commune, Long village, String occupation, String sex, Integer ageFrom,
                    Integer ageTo, String q) {

    /** The WHERE clause (always with the user's view scope) and its parameters. */
    record Sql(String where, Map<String, Object> params) {
    }

    Sql toSql(Scope viewScope, LocalDate today) {
        StringBuilder w = new StringBuilder(" where p.merged_into is null and ").append(viewScope.sql("p", "workplace_id"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scopeKey", viewScope.key());
        if (district != null && district.matches("\\d{3}")) {
            w.append(" and p.district_code = :district");
            params.put("district", district);
        }
        if (commune != null && commune.matches("\\d{5}")) {
            w.append(" and p.commune_code = :commune");
            params.put("commune", commune);
        }
        if (village != null) {
            w.append(" and p.village_id = :village");
            params.put("village", village);
        }
        if (occupation != null && isOccupation(occupation)) {
            w.append(" and p.occupation = :occupation");
            params.put("occupation", occupation);
        }
        if ("M".equals(sex) || "F".equals(sex)) {
            w.append(" and p.sex = :sex");
            params.put("sex", Sex.valueOf(sex).name());
        }
        if (ageFrom != null && ageFrom >= 0) {
            w.append(" and p.birth_year <= :maxYear");
            params.put("maxYear", today.getYear() - ageFrom);
        }
        if (ageTo != null && ageTo >= 0) {
            w.append(" and p.birth_year >= :minYear");
            params.put("minYear", today.getYear() - ageTo);
        }
        appendText(w, params);
        return new Sql(w.toString(), params);
    }

    private void appendText(StringBuilder w, Map<String, Object> params) {
        SearchTerms terms = SearchTerms.parse(q);
        switch (terms.kind()) {
            case NONE -> { }
            case PHONE -> w.append(" and p.phone = :q");
            case CITIZEN_ID -> w.append(" and p.citizen_id = :q");
            case PASSPORT -> w.append(" and p.passport_no = :q");
            case NAME -> {
                w.append(" and p.name_folded like '%' || replace(eg_fold(:q), ' ', '% ') || '%'");
                if (terms.birthYear() != null) {
                    w.append(" and p.birth_year = :qYear");
                    params.put("qYear", terms.birthYear());
                }
            }
        }
        if (terms.kind() != SearchTerms.Kind.NONE) {
            params.put("q", terms.value());
        }
    }

    private static boolean isOccupation(String s) {
        for (Occupation o : Occupation.values()) {
            if (o.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** The filter as the export's audit record keeps it. */
    Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("district", district);
        m.put("commune", commune);
        m.put("village", village);
        m.put("occupation", occupation);
        m.put("sex", sex);
        m.put("ageFrom", ageFrom);
        m.put("ageTo", ageTo);
        m.put("q", q);
        return m;
    }
}
