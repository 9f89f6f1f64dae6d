package org.epiguard.people.internal;

import org.epiguard.access.Location;
import org.epiguard.access.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** Households (hộ gia đình): people living at one address. A household belongs to its commune. */
@Repository
class Households {

    record Household(long id, String provinceCode, String districtCode, String communeCode, Long villageId,
                     String addressText) {

        Location location() {
            return Location.commune(provinceCode, districtCode, communeCode);
        }
    }

    private final JdbcClient jdbc;

    Households(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A household inside the scope (a unit scope holds no households). */
    Optional<Household> find(long id, Scope scope) {
        return jdbc.sql("""
                        select h.id, h.province_code, h.district_code, h.commune_code, h.village_id, h.address_text
                        from people_household h where h.id = :id and """ + " " + scope.sql("h", null))
                .param("id", id).param("scopeKey", scope.key()).query(Household.class).optional();
    }

    long create(Location where, Long villageId, String addressText) {
        return jdbc.sql("""
                        insert into people_household (province_code, district_code, commune_code, village_id, address_text)
                        values (:p, :d, :c, :v, :a) returning id""")
                .param("p", where.provinceCode()).param("d", where.districtCode()).param("c", where.communeCode())
                .param("v", villageId).param("a", addressText).query(Long.class).single();
    }

    /** The unmerged members of a household that the scope lets the user see. */
    List<Person> members(long householdId, Scope scope) {
        return jdbc.sql("select " + PersonRepository.COLUMNS + """
                         from people_person p
                        where p.household_id = :h and p.merged_into is null and """ + " " + scope.sql("p", "workplace_id")
                        + " order by p.birth_year, p.full_name")
                .param("h", householdId).param("scopeKey", scope.key()).query(PersonRepository.MAPPER).list();
    }
}
