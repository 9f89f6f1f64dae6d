package org.epiguard.cases.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.util.List;
import java.util.Optional;

/** cases_investigation with its places and people; the caller has found the case inside the user's scope. */
@Repository
class InvestigationRepository {

    private final JdbcClient jdbc;

    InvestigationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Investigation> find(CaseRow c) {
        return jdbc.sql("select * from cases_investigation where case_id = :c").param("c", c.id())
                .query((rs, i) -> new Investigation(c.id(), c.onsetDate(), c.symptoms(), rs.getString("workplace"),
                        rs.getObject("workplace_unit_id", Long.class), rs.getString("notes"),
                        rs.getDate("window_from").toLocalDate(), rs.getDate("window_to").toLocalDate(),
                        CaseRepository.instant(rs, "investigated_at"), places(c.id()), people(c.id(), false),
                        people(c.id(), true)))
                .optional();
    }

    private List<Investigation.Place> places(long caseId) {
        return jdbc.sql("""
                        select ip.*, u.name as unit_name from cases_investigation_place ip
                          left join geo_org_unit u on u.id = ip.unit_id
                         where ip.case_id = :c order by ip.visited_on, ip.id""")
                .param("c", caseId)
                .query((rs, i) -> new Investigation.Place(rs.getDate("visited_on").toLocalDate(), rs.getString("place"),
                        rs.getObject("unit_id", Long.class), rs.getString("unit_name"), rs.getString("commune_code"),
                        rs.getString("note")))
                .list();
    }

    private List<Investigation.Person> people(long caseId, boolean household) {
        return jdbc.sql("""
                        select * from cases_investigation_person where case_id = :c and household = :h
                         order by met_on nulls first, id""")
                .param("c", caseId).param("h", household)
                .query((rs, i) -> new Investigation.Person(CaseRepository.date(rs, "met_on"),
                        rs.getObject("person_id", Long.class), rs.getString("full_name"),
                        rs.getObject("birth_year", Integer.class), rs.getString("phone"), rs.getString("relation"),
                        rs.getString("place")))
                .list();
    }

    /** Replaces the case's form with this one. */
    void save(long caseId, Investigation f, long ruleId, Long userId) {
        jdbc.sql("delete from cases_investigation_place where case_id = :c").param("c", caseId).update();
        jdbc.sql("delete from cases_investigation_person where case_id = :c").param("c", caseId).update();
        jdbc.sql("""
                        insert into cases_investigation (case_id, workplace, workplace_unit_id, notes, window_from, window_to,
                                                         window_rule_id, investigated_by, investigated_at)
                        values (:c, :w, :wu, :n, :from, :to, :rule, :user, now())
                        on conflict (case_id) do update set workplace = excluded.workplace,
                            workplace_unit_id = excluded.workplace_unit_id, notes = excluded.notes,
                            window_from = excluded.window_from, window_to = excluded.window_to,
                            window_rule_id = excluded.window_rule_id, investigated_by = excluded.investigated_by,
                            investigated_at = now()""")
                .param("c", caseId).param("w", f.workplace()).param("wu", f.workplaceUnitId()).param("n", f.notes())
                .param("from", Date.valueOf(f.windowFrom())).param("to", Date.valueOf(f.windowTo()))
                .param("rule", ruleId).param("user", userId).update();
        for (Investigation.Place p : f.places()) {
            jdbc.sql("""
                            insert into cases_investigation_place (case_id, visited_on, place, unit_id, commune_code, note)
                            values (:c, :on, :place, :unit, :commune, :note)""")
                    .param("c", caseId).param("on", Date.valueOf(p.visitedOn())).param("place", p.place())
                    .param("unit", p.unitId()).param("commune", p.communeCode()).param("note", p.note()).update();
        }
        insertPeople(caseId, f.peopleMet(), false);
        insertPeople(caseId, f.household(), true);
    }

    private void insertPeople(long caseId, List<Investigation.Person> people, boolean household) {
        for (Investigation.Person p : people) {
            jdbc.sql("""
                            insert into cases_investigation_person (case_id, household, met_on, person_id, full_name,
                                                                    birth_year, phone, relation, place)
                            values (:c, :h, :on, :person, :name, :birth, :phone, :relation, :place)""")
                    .param("c", caseId).param("h", household).param("on", p.metOn() == null ? null : Date.valueOf(p.metOn()))
                    .param("person", p.personId()).param("name", p.fullName()).param("birth", p.birthYear())
                    .param("phone", p.phone()).param("relation", p.relation()).param("place", p.place()).update();
        }
    }

    /** The other members of the person's household in the registry, inside the scope (to pre-fill the form). */
    List<Investigation.Person> householdOf(long personId, org.epiguard.access.Scope scope) {
        return jdbc.sql("""
                        select m.id, m.full_name, m.birth_year, m.phone from people_person p
                          join people_person m on m.household_id = p.household_id and m.id <> p.id and m.merged_into is null
                         where p.id = :p and\s""" + scope.sql("m", null) + " order by m.birth_year, m.id")
                .param("p", personId).param("scopeKey", scope.key())
                .query((rs, i) -> new Investigation.Person(null, rs.getLong("id"), rs.getString("full_name"),
                        rs.getObject("birth_year", Integer.class), rs.getString("phone"), null, null))
                .list();
    }
}
