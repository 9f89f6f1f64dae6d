package org.epiguard.tracing.internal;

import org.epiguard.access.Location;
import org.epiguard.access.Scope;
import org.epiguard.platform.web.ListPage;
import org.epiguard.platform.web.ListQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The contacts (tracing_contact), always read through the reader's view scope. */
@Repository
class ContactRepository {

    static final Map<String, String> SORTABLE = Map.of(
            "exposure", "t.last_exposure_at",
            "name", "p.name_folded",
            "level", "t.level",
            "status", "t.status",
            "commune", "t.commune_code",
            "case", "t.case_id");

    /** A person to list as a contact: where they live and work (the contact's scope columns). */
    record ContactPerson(long id, String provinceCode, String districtCode, String communeCode, Long workplaceId) {

        Location location() {
            return new Location(provinceCode, districtCode, communeCode, workplaceId);
        }
    }

    record NewContact(long personId, int level, Long caseId, long sourcePersonId, ContactExposure exposure, String place,
                      Instant lastExposureAt, ContactPerson where, Long createdBy) {
    }

    private static String columns(Scope scope) {
        return """
                select t.id, t.person_id, p.full_name, p.birth_year, p.phone, p.address_text, t.level, t.case_id,
                       t.source_person_id, case when\s""" + scope.sql("s", "workplace_id") + """
                 then s.full_name end as source_name, t.exposure, t.place, t.last_exposure_at, t.status,
                       t.promoted_at, t.province_code, t.district_code, t.commune_code, t.unit_id
                  from tracing_contact t
                  join people_person p on p.id = t.person_id
                  join people_person s on s.id = t.source_person_id
                """;
    }

    static final RowMapper<ContactRow> MAPPER = (rs, i) -> {
        Timestamp promoted = rs.getTimestamp("promoted_at");
        return new ContactRow(rs.getLong("id"), rs.getLong("person_id"), rs.getString("full_name"),
                rs.getInt("birth_year"), rs.getString("phone"), rs.getString("address_text"), rs.getInt("level"),
                rs.getObject("case_id", Long.class), rs.getLong("source_person_id"), rs.getString("source_name"),
                ContactExposure.valueOf(rs.getString("exposure")), rs.getString("place"),
                rs.getTimestamp("last_exposure_at").toInstant(), ContactStatus.valueOf(rs.getString("status")),
                promoted == null ? null : promoted.toInstant(), rs.getString("province_code"),
                rs.getString("district_code"), rs.getString("commune_code"), rs.getObject("unit_id", Long.class));
    };

    private final JdbcClient jdbc;

    ContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a person lives and works (the survivor of a merge is asked for by the caller). */
    Optional<ContactPerson> person(long personId) {
        return jdbc.sql("""
                        select id, province_code, district_code, commune_code, workplace_id
                          from people_person where id = :id and merged_into is null""")
                .param("id", personId).query(ContactPerson.class).optional();
    }

    long insert(NewContact c) {
        return jdbc.sql("""
                        insert into tracing_contact (person_id, level, case_id, source_person_id, exposure, place,
                                                     last_exposure_at, province_code, district_code, commune_code,
                                                     unit_id, created_by)
                        values (:person, :level, :case, :source, :exposure, :place, :at, :p, :d, :c, :unit, :by)
                        returning id""")
                .param("person", c.personId()).param("level", c.level()).param("case", c.caseId())
                .param("source", c.sourcePersonId()).param("exposure", c.exposure().name()).param("place", c.place())
                .param("at", Timestamp.from(c.lastExposureAt())).param("p", c.where().provinceCode())
                .param("d", c.where().districtCode()).param("c", c.where().communeCode())
                .param("unit", c.where().workplaceId()).param("by", c.createdBy())
                .query(Long.class).single();
    }

    /** Whether the person is already listed under the case (F1) or under the F1 (F2). */
    boolean listed(long personId, Long caseId, long sourcePersonId) {
        String sql = caseId != null
                ? "select exists (select 1 from tracing_contact where level = 1 and case_id = :case and person_id = :person)"
                : "select exists (select 1 from tracing_contact where level = 2 and source_person_id = :source and person_id = :person)";
        return jdbc.sql(sql).param("case", caseId).param("source", sourcePersonId).param("person", personId)
                .query(Boolean.class).single();
    }

    Optional<ContactRow> find(Scope scope, long id) {
        return jdbc.sql(columns(scope) + " where t.id = :id and " + scope.sql("t", "unit_id"))
                .param("id", id).param("scopeKey", scope.key()).query(MAPPER).optional();
    }

    /** The person's latest listing as an F1 inside the scope (to list F2 under them). */
    Optional<ContactRow> latestAsF1(Scope scope, long personId) {
        return jdbc.sql(columns(scope) + " where t.person_id = :person and t.level = 1 and " + scope.sql("t", "unit_id")
                        + " order by t.last_exposure_at desc, t.id desc limit 1")
                .param("person", personId).param("scopeKey", scope.key()).query(MAPPER).optional();
    }

    ListPage<ContactRow> page(Scope scope, ContactFilter filter, ListQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scopeKey", scope.key());
        String where = " where " + scope.sql("t", "unit_id") + filter.sql(params);
        long total = jdbc.sql("select count(*) from tracing_contact t" + where).params(params)
                .query(Long.class).single();
        params.put("limit", query.size());
        params.put("offset", query.offset());
        List<ContactRow> rows = jdbc.sql(columns(scope) + where + query.orderBy(SORTABLE)
                        + ", t.id limit :limit offset :offset")
                .params(params).query(MAPPER).list();
        return new ListPage<>(rows, total, query);
    }

    void each(Scope scope, ContactFilter filter, Consumer<ContactRow> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scopeKey", scope.key());
        jdbc.sql(columns(scope) + " where " + scope.sql("t", "unit_id") + filter.sql(params)
                        + " order by t.commune_code, t.case_id nulls last, p.name_folded, t.id")
                .withFetchSize(1000).params(params)
                .query(rs -> {
                    sink.accept(MAPPER.mapRow(rs, 0));
                });
    }

    void updateStatus(long id, ContactStatus status) {
        jdbc.sql("update tracing_contact set status = :s, updated_at = now() where id = :id")
                .param("s", status.name()).param("id", id).update();
    }

    /** The other members of the person's household (unmerged), where they live and work. */
    List<ContactPerson> householdOf(long personId) {
        return jdbc.sql("""
                        select m.id, m.province_code, m.district_code, m.commune_code, m.workplace_id
                          from people_person cp
                          join people_person m on m.household_id = cp.household_id and m.id <> cp.id
                         where cp.id = :id and m.merged_into is null
                         order by m.id""")
                .param("id", personId).query(ContactPerson.class).list();
    }

    /** The address of the person's household, the place of a household exposure. */
    Optional<String> householdAddress(long personId) {
        return jdbc.sql("""
                        select coalesce(h.address_text, cp.address_text) from people_person cp
                          left join people_household h on h.id = cp.household_id where cp.id = :id""")
                .param("id", personId).query(String.class).optional();
    }
}
