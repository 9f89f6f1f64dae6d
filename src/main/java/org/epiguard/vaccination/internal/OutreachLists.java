package org.epiguard.vaccination.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.platform.web.ListPage;
import org.epiguard.platform.web.ListQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The outreach list of a commune or village on a date: every person of the registry who is eligible
 * (12 or older on the date: born on or before the date 12 years earlier, or, with only a birth year,
 * born 12 or more calendar years before the date's year) and not fully vaccinated on it (no primary
 * series complete by {@code vacc_status_on}; a person without any dose is unvaccinated). Always
 * filtered by the user's view scope in SQL.
 */
@Component
class OutreachLists {

    /** Sortable columns; the list's own order (priority, village, name) follows as tie-breaker. */
    static final Map<String, String> SORTABLE = Map.of(
            "priority", "priority_rank",
            "name", "p.name_folded",
            "village", "v.name",
            "birth", "p.birth_year",
            "doses", "coalesce(s.doses, 0)",
            "reason", "r.reason");

    static final String AGE_12 = ageAtLeast(12);
    static final String AGE_65 = ageAtLeast(65);

    static String ageAtLeast(int years) {
        return "(case when p.birth_date is not null then p.birth_date <= cast(:d as date) - interval '" + years
                + " years' else p.birth_year <= extract(year from cast(:d as date)) - " + years + " end)";
    }

    private static final String FROM = """
             from people_person p
             left join vacc_status_on(cast(:d as date)) s on s.person_id = p.id
             left join geo_village v on v.id = p.village_id
             left join lateral (select r.reason, r.note, r.recorded_at, r.recorded_by_name
                                  from vacc_outreach_reason r where r.person_id = p.id
                                 order by r.recorded_at desc, r.id desc limit 1) r on true
            """;

    private static final String COLUMNS = """
            select p.id, p.full_name, p.birth_year, p.birth_date, p.sex, p.phone, p.village_id,
                   v.village_type,
                   v.name as village_name, p.comorbidities, coalesce(s.doses, 0) as doses, s.last_dose_date,
                   r.reason, r.note, r.recorded_at, r.recorded_by_name,
                   """ + AGE_65 + """
                    as elderly,
                   case when """ + AGE_65 + " and cardinality(p.comorbidities) > 0 then 0 when " + AGE_65
            + " then 1 else 2 end as priority_rank\n";

    static final RowMapper<OutreachEntry> MAPPER = (rs, i) -> {
        Date birth = rs.getDate("birth_date");
        Date last = rs.getDate("last_dose_date");
        Array como = rs.getArray("comorbidities");
        Timestamp at = rs.getTimestamp("recorded_at");
        String reason = rs.getString("reason");
        long villageValue = rs.getLong("village_id");
        Long village = rs.wasNull() ? null : villageValue;
        return new OutreachEntry(rs.getLong("id"), rs.getString("full_name"), rs.getInt("birth_year"),
                birth == null ? null : birth.toLocalDate(), rs.getString("sex"), rs.getString("phone"),
                village, villageLabel(rs.getString("village_type"), rs.getString("village_name")),
                como == null ? List.of() : Arrays.asList((String[]) como.getArray()), rs.getBoolean("elderly"),
                rs.getInt("doses"), last == null ? null : last.toLocalDate(),
                reason == null ? null : OutreachReason.valueOf(reason), rs.getString("note"),
                at == null ? null : at.toInstant(), rs.getString("recorded_by_name"));
    };

    private static String villageLabel(String type, String name) {
        if (name == null) {
            return null;
        }
        return org.epiguard.geo.VillageType.valueOf(type).word() + " " + name;
    }

    private final JdbcClient jdbc;

    OutreachLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ListPage<OutreachEntry> page(CurrentUser user, OutreachPlace place, OutreachFilter filter, ListQuery query) {
        Where w = where(user, place, filter);
        long total = jdbc.sql("select count(*)" + FROM + w.sql).params(w.params).query(Long.class).single();
        Map<String, Object> params = new LinkedHashMap<>(w.params);
        params.put("limit", query.size());
        params.put("offset", query.offset());
        List<OutreachEntry> rows = jdbc.sql(COLUMNS + FROM + w.sql + query.orderBy(SORTABLE)
                        + ", priority_rank, v.name nulls last, p.name_folded, p.id limit :limit offset :offset")
                .params(params).query(MAPPER).list();
        return new ListPage<>(rows, total, query);
    }

    /** Every listed person, by village (people without a village last), then priority and name. */
    void eachByVillage(CurrentUser user, OutreachPlace place, OutreachFilter filter, Consumer<OutreachEntry> sink) {
        Where w = where(user, place, filter);
        jdbc.sql(COLUMNS + FROM + w.sql + " order by v.name nulls last, v.id, priority_rank, p.name_folded, p.id")
                .withFetchSize(1000).params(w.params)
                .query(rs -> {
                    sink.accept(MAPPER.mapRow(rs, 0));
                });
    }

    /** People on the commune's list (today) who have no reason recorded, for the completion rule. */
    List<OutreachEntry> withoutReason(CurrentUser user, OutreachPlace place, OutreachFilter on) {
        Where w = where(user, place, new OutreachFilter(on.date(), OutreachFilter.NO_REASON, null));
        return jdbc.sql(COLUMNS + FROM + w.sql + " order by priority_rank, v.name nulls last, p.name_folded, p.id")
                .params(w.params).query(MAPPER).list();
    }

    long count(CurrentUser user, OutreachPlace place, OutreachFilter filter) {
        Where w = where(user, place, filter);
        return jdbc.sql("select count(*)" + FROM + w.sql).params(w.params).query(Long.class).single();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(CurrentUser user, OutreachPlace place, OutreachFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder(" where p.merged_into is null and ")
                .append(user.viewScope().sql("p", "workplace_id"))
                .append(" and p.commune_code = :commune and ").append(AGE_12)
                .append(" and s.primary_done_date is null");
        params.put("scopeKey", user.viewScope().key());
        params.put("commune", place.communeCode());
        params.put("d", Date.valueOf(filter.date()));
        if (place.villageId() != null) {
            sql.append(" and p.village_id = :village");
            params.put("village", place.villageId());
        }
        if (OutreachFilter.NO_REASON.equals(filter.reason())) {
            sql.append(" and r.reason is null");
        } else if (filter.reason() != null) {
            sql.append(" and r.reason = :reason");
            params.put("reason", filter.reason());
        }
        if ("UNVACCINATED".equals(filter.status())) {
            sql.append(" and s.person_id is null");
        } else if ("PARTIAL".equals(filter.status())) {
            sql.append(" and s.person_id is not null");
        }
        return new Where(sql.toString(), params);
    }
}
