package org.epiguard.vaccination.internal;

import org.epiguard.people.PersonsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves the doses of a merged person to the survivor, inside the merge's transaction. The doses of
 * both are pooled: the survivor's are kept; a merged dose of the same date and product as one of the
 * survivor's is a duplicate and dropped; the rest are renumbered 1, 2, 3… by date (the survivor's
 * dose first on a tie), so that no dose number clashes. Recoveries move likewise, one per date.
 */
@Component
class DosesMergeListener {

    private final JdbcClient jdbc;

    DosesMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onMerge(PersonsMerged merged) {
        long survivor = merged.survivorId();
        long gone = merged.mergedId();
        jdbc.sql("""
                        delete from vacc_dose m
                         where m.person_id = :gone
                           and exists (select 1 from vacc_dose s where s.person_id = :survivor
                                          and s.dose_date = m.dose_date and s.product_code = m.product_code)""")
                .param("gone", gone).param("survivor", survivor).update();
        // take both people's doses out and put them back under the survivor, numbered by date
        jdbc.sql("""
                        with taken as (
                            delete from vacc_dose where person_id in (:survivor, :gone) returning *
                        )
                        insert into vacc_dose (id, person_id, product_code, lot, dose_date, dose_number, site_org_id,
                                               site_name, province_code, district_code, commune_code, source, import_id,
                                               created_at)
                        select id, :survivor, product_code, lot, dose_date,
                               row_number() over (order by dose_date, person_id <> :survivor, dose_number, id),
                               site_org_id, site_name, province_code, district_code, commune_code, source, import_id,
                               created_at
                          from taken""")
                .param("gone", gone).param("survivor", survivor).update();
        // recoveries move too; one on a date the survivor already has is the same recovery
        jdbc.sql("""
                        update vacc_recovery m set person_id = :survivor
                         where m.person_id = :gone
                           and not exists (select 1 from vacc_recovery s where s.person_id = :survivor
                                              and s.recovered_on = m.recovered_on)""")
                .param("gone", gone).param("survivor", survivor).update();
        jdbc.sql("delete from vacc_recovery where person_id = :gone").param("gone", gone).update();
    }
}
