package org.epiguard.vaccination.internal;

import org.epiguard.vaccination.PersonVaccination;
import org.epiguard.vaccination.VaccinationFacts;
import org.epiguard.vaccination.VaccinationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.time.LocalDate;

/** A person's status from vacc_status_on(), their recoveries and the dated rule in force on the date. */
@Service
class VaccinationStatusQuery implements VaccinationFacts {

    private final JdbcClient jdbc;

    VaccinationStatusQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonVaccination statusOf(long personId, LocalDate onDate) {
        return jdbc.sql("""
                        with r as (select * from vacc_rule where effective_from <= :d order by effective_from desc limit 1),
                             v as (select max(recovered_on) as recovered_on from vacc_recovery
                                    where person_id = :p and recovered_on <= :d)
                        select s.doses, s.last_dose_date, s.primary_done_date, s.boosted, v.recovered_on,
                               coalesce(s.primary_done_date is not null
                                   and s.primary_done_date + r.full_min_days <= :d
                                   and (r.full_max_days is null or s.last_dose_date + r.full_max_days >= :d), false)
                               or coalesce(v.recovered_on + r.recovered_protects_days >= :d, false) as protected
                          from v left join r on true
                          left join vacc_status_on(:d, :p) s on true
                        """)
                .param("d", Date.valueOf(onDate)).param("p", personId)
                .query((rs, i) -> {
                    Date last = rs.getDate("last_dose_date");
                    Date primary = rs.getDate("primary_done_date");
                    Date recovered = rs.getDate("recovered_on");
                    VaccinationStatus status = last == null ? VaccinationStatus.UNVACCINATED
                            : rs.getBoolean("boosted") ? VaccinationStatus.BOOSTED
                            : primary != null ? VaccinationStatus.FULLY_VACCINATED : VaccinationStatus.PARTIAL;
                    return new PersonVaccination(personId, onDate, status, rs.getInt("doses"),
                            last == null ? null : last.toLocalDate(), primary == null ? null : primary.toLocalDate(),
                            rs.getBoolean("protected"), recovered == null ? null : recovered.toLocalDate());
                })
                .single();
    }
}
