package org.epiguard.people.internal;

import org.epiguard.access.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds who a person may already be: the same citizen ID or passport anywhere in the registry, or
 * the same folded name, birth (the date, or the year where only the year is known) and phone.
 * It searches the whole registry, since a duplicate in another commune is a duplicate too, and
 * then tells apart the candidates the user may see.
 */
@Component
class DuplicateFinder {

    private record Candidate(long id, boolean sameDocument, boolean visible) {
    }

    private final JdbcClient jdbc;

    DuplicateFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Duplicates find(PersonDraft d, Scope viewScope, Long exceptId) {
        var date = d.birth().date();
        List<Candidate> candidates = jdbc.sql("""
                        select p.id,
                               (p.citizen_id = :citizenId or (p.passport_no = :passport and p.nationality = :nationality))
                                   is true as same_document,
                               (""" + viewScope.sql("p", "workplace_id") + """
                        ) as visible
                        from people_person p
                        where p.merged_into is null and p.id <> :exceptId
                          and (p.citizen_id = :citizenId
                               or (p.passport_no = :passport and p.nationality = :nationality)
                               or (p.name_folded = eg_fold(:fullName) and p.birth_year = :year and p.phone = :phone
                                   and (cast(:date as date) is null or p.birth_date is null or p.birth_date = :date)))
                        order by p.id limit 50""")
                .param("citizenId", d.citizenId()).param("passport", d.passportNo())
                .param("nationality", d.nationality()).param("fullName", d.fullName())
                .param("year", d.birth().year()).param("phone", d.phone())
                .param("date", date == null ? null : Date.valueOf(date))
                .param("exceptId", exceptId == null ? -1L : exceptId)
                .param("scopeKey", viewScope.key())
                .query((rs, i) -> new Candidate(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3))).list();
        List<Long> visible = new ArrayList<>();
        boolean hidden = false;
        boolean sameDocument = false;
        for (Candidate c : candidates) {
            if (c.visible()) {
                visible.add(c.id());
            } else {
                hidden = true;
            }
            sameDocument |= c.sameDocument();
        }
        return new Duplicates(visible, hidden, sameDocument);
    }
}
