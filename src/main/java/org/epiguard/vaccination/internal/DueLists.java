package org.epiguard.vaccination.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * People of a commune or village due for their next dose on a date (12 or older, at least one dose):
 * a primary series not complete is due {@code min_interval_days} of the product of the last dose after
 * it; a complete primary series without booster is due {@code booster_after_days} of the dated rule in
 * force on the date after its completion. Boosted people are due for nothing here; people without a
 * dose are on the outreach list. Filtered by the user's view scope in SQL.
 */
@Component
class DueLists {

    static final int MAX_ROWS = 5000;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    DueLists(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    List<DueEntry> due(CurrentUser user, OutreachPlace place, LocalDate on) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("d", Date.valueOf(on));
        params.put("commune", place.communeCode());
        params.put("scopeKey", user.viewScope().key());
        String village = "";
        if (place.villageId() != null) {
            village = " and p.village_id = :village";
            params.put("village", place.villageId());
        }
        params.put("max", MAX_ROWS);
        return jdbc.sql("""
                        with rule as (select booster_after_days from vacc_rule where effective_from <= cast(:d as date)
                                       order by effective_from desc limit 1),
                             listed as (
                        select p.id, p.full_name, p.birth_year, p.phone, v.village_type, v.name as village_name, v.id as vid,
                               p.name_folded, s.doses, s.last_dose_date, pr.name as product,
                               case when s.primary_done_date is null then s.last_dose_date + pr.min_interval_days
                                    else s.primary_done_date + rule.booster_after_days end as due_from
                          from people_person p
                          join vacc_status_on(cast(:d as date)) s on s.person_id = p.id
                          cross join rule
                          join lateral (select d.product_code from vacc_dose d where d.person_id = p.id
                                           and d.dose_date <= cast(:d as date)
                                         order by d.dose_number desc, d.dose_date desc limit 1) last on true
                          join vacc_product pr on pr.code = last.product_code
                          left join geo_village v on v.id = p.village_id
                         where p.merged_into is null and """ + " " + user.viewScope().sql("p", "workplace_id") + " " + """
                            and p.commune_code = :commune and not s.boosted and """ + " " + OutreachLists.AGE_12 + village + "\n" + """
                         )
                        select * from listed where due_from <= cast(:d as date)
                         order by due_from, village_name nulls last, vid, name_folded, id limit :max""")
                .params(params)
                .query((rs, i) -> new DueEntry(rs.getLong("id"), rs.getString("full_name"), rs.getInt("birth_year"),
                        rs.getString("phone"), rs.getString("village_name") == null ? null
                        : org.epiguard.geo.VillageType.valueOf(rs.getString("village_type")).word() + " " + rs.getString("village_name"),
                        rs.getInt("doses"), rs.getDate("last_dose_date").toLocalDate(), rs.getString("product"),
                        rs.getDate("due_from").toLocalDate()))
                .list();
    }

    @Transactional
    List<DueEntry> export(CurrentUser user, OutreachPlace place, LocalDate on) {
        List<DueEntry> rows = due(user, place, on);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("commune", place.communeCode());
        after.put("village", place.villageId());
        after.put("date", on.toString());
        after.put("rows", rows.size());
        audit.record(AuditTrail.Action.EXPORT, "vaccination_due_list", place.communeCode(), place.location(),
                "due list exported: " + rows.size() + " people", null, after);
        return rows;
    }
}
