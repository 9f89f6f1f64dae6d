package org.epiguard.vaccination.internal;

import org.epiguard.access.Location;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.util.List;

/** Doses (vacc_dose) of one person. Callers have checked that the person is in the user's scope. */
@Repository
class DoseRepository {

    private static final RowMapper<DoseRecord> MAPPER = (rs, i) -> new DoseRecord(rs.getLong("id"),
            rs.getLong("person_id"), rs.getInt("dose_number"), rs.getString("product_code"),
            rs.getString("product_name"), rs.getInt("min_interval_days"), rs.getString("lot"), rs.getDate("dose_date").toLocalDate(),
            rs.getObject("site_org_id", Long.class), rs.getString("site_name"), rs.getString("source"),
            rs.getObject("import_id", Long.class));

    private final JdbcClient jdbc;

    DoseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DoseRecord> dosesOf(long personId) {
        return jdbc.sql("""
                        select d.*, p.name as product_name, p.min_interval_days
                          from vacc_dose d join vacc_product p on p.code = d.product_code
                         where d.person_id = :p
                         order by d.dose_number""")
                .param("p", personId).query(MAPPER).list();
    }

    long insert(long personId, DoseDraft d, Location where) {
        return jdbc.sql("""
                        insert into vacc_dose (person_id, product_code, lot, dose_date, dose_number, site_org_id, site_name,
                                               province_code, district_code, commune_code, source)
                        values (:person, :product, :lot, :date, :n, :site, :siteName, :p, :d, :c, 'MANUAL')
                        on conflict (person_id, dose_number) do nothing
                        returning id""")
                .param("person", personId).param("product", d.productCode()).param("lot", d.lot())
                .param("date", Date.valueOf(d.doseDate())).param("n", d.doseNumber()).param("site", d.siteOrgId())
                .param("siteName", d.siteName()).param("p", where.provinceCode()).param("d", where.districtCode())
                .param("c", where.communeCode())
                .query(Long.class).optional().orElse(-1L);
    }
}
