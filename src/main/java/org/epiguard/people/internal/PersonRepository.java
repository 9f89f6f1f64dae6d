package org.epiguard.people.internal;

import org.epiguard.access.Location;
import org.epiguard.access.Scope;
import org.epiguard.people.Occupation;
import org.epiguard.people.Sex;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads and writes people_person. Every read that serves a user takes the user's view scope. */
@Repository
class PersonRepository {

    static final String COLUMNS = """
            p.id, p.citizen_id, p.no_id, p.passport_no, p.nationality, p.full_name, p.birth_year, p.birth_date, p.sex,
            p.phone, p.province_code, p.district_code, p.commune_code, p.village_id, p.address_text, p.household_id,
            p.occupation, p.workplace_id, p.comorbidities, p.pregnant, p.merged_into""";

    static final RowMapper<Person> MAPPER = PersonRepository::map;

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person inside the scope, merged or not; empty when there is none or it lies outside. */
    Optional<Person> find(long id, Scope scope) {
        return jdbc.sql("select " + COLUMNS + " from people_person p where p.id = :id and " + scope.sql("p", "workplace_id"))
                .param("id", id).param("scopeKey", scope.key()).query(MAPPER).optional();
    }

    /** The same, locking the row for a write. */
    Optional<Person> lock(long id, Scope scope) {
        return jdbc.sql("select " + COLUMNS + " from people_person p where p.id = :id and "
                        + scope.sql("p", "workplace_id") + " for update")
                .param("id", id).param("scopeKey", scope.key()).query(MAPPER).optional();
    }

    long insert(PersonDraft d, Location where) {
        return bind(jdbc.sql("""
                insert into people_person (citizen_id, no_id, passport_no, nationality, full_name, birth_year, birth_date,
                    sex, phone, province_code, district_code, commune_code, village_id, address_text, household_id,
                    occupation, workplace_id, comorbidities, pregnant)
                values (:citizenId, :noId, :passport, :nationality, :fullName, :birthYear, :birthDate, :sex, :phone,
                    :province, :district, :commune, :village, :address, :household, :occupation, :workplace,
                    cast(:comorbidities as text[]), :pregnant)
                returning id"""), d, where).query(Long.class).single();
    }

    void update(long id, PersonDraft d, Location where) {
        bind(jdbc.sql("""
                update people_person set citizen_id = :citizenId, no_id = :noId, passport_no = :passport,
                    nationality = :nationality, full_name = :fullName, birth_year = :birthYear, birth_date = :birthDate,
                    sex = :sex, phone = :phone, province_code = :province, district_code = :district,
                    commune_code = :commune, village_id = :village, address_text = :address, household_id = :household,
                    occupation = :occupation, workplace_id = :workplace, comorbidities = cast(:comorbidities as text[]),
                    pregnant = :pregnant, updated_at = now()
                where id = :id"""), d, where).param("id", id).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, PersonDraft d, Location where) {
        return spec.param("citizenId", d.citizenId()).param("noId", d.noId()).param("passport", d.passportNo())
                .param("nationality", d.nationality()).param("fullName", d.fullName())
                .param("birthYear", d.birth().year())
                .param("birthDate", d.birth().date() == null ? null : Date.valueOf(d.birth().date()))
                .param("sex", d.sex() == null ? null : d.sex().name()).param("phone", d.phone())
                .param("province", where.provinceCode()).param("district", where.districtCode())
                .param("commune", where.communeCode()).param("village", d.villageId())
                .param("address", d.addressText()).param("household", d.householdId())
                .param("occupation", d.occupation().name()).param("workplace", d.workplaceId())
                .param("comorbidities", textArray(d.comorbidities().stream().map(Enum::name).toList()))
                .param("pregnant", d.pregnant());
    }

    /** A text[] literal for cast(:x as text[]); the values are enum names, so no quoting is needed. */
    static String textArray(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    static Person map(ResultSet rs, int row) throws SQLException {
        Date birthDate = rs.getDate("birth_date");
        String sex = rs.getString("sex");
        Array comorbidities = rs.getArray("comorbidities");
        return new Person(rs.getLong("id"), rs.getString("citizen_id"), rs.getBoolean("no_id"),
                rs.getString("passport_no"), rs.getString("nationality"), rs.getString("full_name"),
                rs.getInt("birth_year"), birthDate == null ? null : birthDate.toLocalDate(),
                sex == null ? null : Sex.valueOf(sex), rs.getString("phone"), rs.getString("province_code"),
                rs.getString("district_code"), rs.getString("commune_code"), (Long) rs.getObject("village_id"),
                rs.getString("address_text"), (Long) rs.getObject("household_id"),
                Occupation.valueOf(rs.getString("occupation")), (Long) rs.getObject("workplace_id"),
                comorbidities == null ? List.of() : Arrays.asList((String[]) comorbidities.getArray()),
                rs.getBoolean("pregnant"), (Long) rs.getObject("merged_into"));
    }
}
