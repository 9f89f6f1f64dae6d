package org.epiguard.vaccination.internal;

import org.epiguard.vaccination.PersonVaccination;
import org.epiguard.vaccination.VaccinationFacts;
import org.epiguard.vaccination.VaccinationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.time.LocalDate;

/** A person's status from vacc_status_on() and the dated rule in force on the date. */
@Service
class VaccinationStatusQuery implements VaccinationFacts {

    private final JdbcClient jdbc;

    VaccinationStatusQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonVaccination statusOf(long personId, LocalDate onDate) {
        return jdbc.sql("""
                        with s as (select * from vacc_status_on(:d) where person_id = :p),
                             r as (select * from vacc_rule where effective_from <= :d order by effective_from desc limit 1)
                        select s.doses, s.last_dose_date, s.primary_done_date, s.boosted,
                               s.primary_done_date is not null
                                   and s.primary_done_date + r.full_min_days <= :d
                                   and (r.full_max_days is null or s.last_dose_date + r.full_max_days >= :d) as protected
                          from s left join r on true
                        """)
                .param("d", Date.valueOf(onDate)).param("p", personId)
                .query((rs, i) -> {
                    int doses = rs.getInt("doses");
                    Date last = rs.getDate("last_dose_date");
                    Date primary = rs.getDate("primary_done_date");
                    VaccinationStatus status = rs.getBoolean("boosted") ? VaccinationStatus.BOOSTED
                            : primary != null ? VaccinationStatus.FULLY_VACCINATED : VaccinationStatus.PARTIAL;
                    return new PersonVaccination(personId, onDate, status, doses, last.toLocalDate(),
                            primary == null ? null : primary.toLocalDate(), rs.getBoolean("protected"));
                })
                .optional()
                .orElse(new PersonVaccination(personId, onDate, VaccinationStatus.UNVACCINATED, 0, null, null, false));
    }
}
