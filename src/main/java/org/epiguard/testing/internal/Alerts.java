package org.epiguard.testing.internal;

import org.epiguard.access.Scope;
import org.epiguard.testing.TestKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Alerts of positive rapid tests (testing_alert), which the person's commune and district command
 * centre (and the unit where the test was done) see with the proposal to lock down the household or
 * that unit. The cases module builds the case and the zone from the {@code RapidTestPositive} event.
 */
@Repository
class Alerts {

    enum Proposal { HOUSEHOLD, UNIT }

    record Alert(long id, long testId, long personId, String personName, int birthYear, String phone, String addressText,
                 TestKind kind, Instant testedAt, String placeCommuneCode, String placeUnitName, String testingUnitName,
                 Proposal proposal, Long proposalUnitId, String proposalUnitName, String communeCode, String districtCode) {
    }

    private final JdbcClient jdbc;

    Alerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long raise(long testId, SampleRow sample, TestKind kind, Instant testedAt, Long unitId, Long proposalUnitId) {
        return jdbc.sql("""
                        insert into testing_alert (test_id, person_id, kind, tested_at, place_commune_code, place_unit_id,
                                                   unit_id, proposal, proposal_unit_id, province_code, district_code, commune_code)
                        values (:test, :person, :kind, :at, :place, :placeUnit, :unit, :proposal, :proposalUnit, :p, :d, :c)
                        returning id""")
                .param("test", testId).param("person", sample.personId()).param("kind", kind.name())
                .param("at", Timestamp.from(testedAt)).param("place", sample.placeCommuneCode())
                .param("placeUnit", sample.placeUnitId()).param("unit", unitId)
                .param("proposal", (proposalUnitId == null ? Proposal.HOUSEHOLD : Proposal.UNIT).name())
                .param("proposalUnit", proposalUnitId)
                .param("p", sample.home().provinceCode()).param("d", sample.home().districtCode())
                .param("c", sample.home().communeCode())
                .query(Long.class).single();
    }

    /** The latest alerts inside the scope, newest first. */
    List<Alert> latest(Scope scope, int limit) {
        return jdbc.sql("""
                        select a.*, p.full_name, p.birth_year, p.phone, p.address_text,
                               pu.name as place_unit_name, tu.name as testing_unit_name, xu.name as proposal_unit_name
                          from testing_alert a
                          join people_person p on p.id = a.person_id
                          left join geo_org_unit pu on pu.id = a.place_unit_id
                          left join geo_org_unit tu on tu.id = a.unit_id
                          left join geo_org_unit xu on xu.id = a.proposal_unit_id
                         where\s""" + ScopeFilter.sql(scope, "a", "place_unit_id", "unit_id") + """

                         order by a.tested_at desc, a.id desc limit :limit""")
                .param("scopeKey", scope.key()).param("limit", limit)
                .query((rs, i) -> new Alert(rs.getLong("id"), rs.getLong("test_id"), rs.getLong("person_id"),
                        rs.getString("full_name"), rs.getInt("birth_year"), rs.getString("phone"), rs.getString("address_text"),
                        TestKind.valueOf(rs.getString("kind")), rs.getTimestamp("tested_at").toInstant(),
                        rs.getString("place_commune_code"), rs.getString("place_unit_name"), rs.getString("testing_unit_name"),
                        Proposal.valueOf(rs.getString("proposal")), rs.getObject("proposal_unit_id", Long.class),
                        rs.getString("proposal_unit_name"), rs.getString("commune_code"), rs.getString("district_code")))
                .list();
    }
}
