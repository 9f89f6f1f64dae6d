package org.epiguard.people.internal;

import org.epiguard.access.Scope;
import org.epiguard.people.PersonHit;
import org.epiguard.people.Sex;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.util.List;

/**
 * The registry's search, one SQL statement per search. Names are compared folded (eg_fold: no
 * diacritics, lower case) through the trigram GIN index on name_folded: the words typed must appear in
 * this order ("nguyen an" finds "Nguyễn Văn An"); exact matches rank first, then prefixes, then by
 * trigram similarity. IDs and phones use their b-tree indexes. The view scope is always a predicate.
 */
@Component
class PersonSearch {

    static final String HIT_COLUMNS = """
            p.id, p.full_name, p.birth_year, p.birth_date, p.sex, p.citizen_id, p.passport_no, p.phone,
            p.commune_code, p.address_text""";

    static final RowMapper<PersonHit> HIT = (rs, i) -> {
        Date birthDate = rs.getDate("birth_date");
        String sex = rs.getString("sex");
        return new PersonHit(rs.getLong("id"), rs.getString("full_name"), rs.getInt("birth_year"),
                birthDate == null ? null : birthDate.toLocalDate(), sex == null ? null : Sex.valueOf(sex),
                rs.getString("citizen_id"), rs.getString("passport_no"), rs.getString("phone"),
                rs.getString("commune_code"), rs.getString("address_text"));
    };

    private final JdbcClient jdbc;

    PersonSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PersonHit> search(Scope scope, String query, int limit) {
        SearchTerms terms = SearchTerms.parse(query);
        String base = "select " + HIT_COLUMNS + " from people_person p where p.merged_into is null and "
                + scope.sql("p", "workplace_id");
        JdbcClient.StatementSpec spec = switch (terms.kind()) {
            case NONE -> null;
            case PHONE -> jdbc.sql(base + " and p.phone = :v order by p.full_name, p.id limit :limit");
            case CITIZEN_ID -> jdbc.sql(base + " and p.citizen_id = :v order by p.id limit :limit");
            case PASSPORT -> jdbc.sql(base + " and p.passport_no = :v order by p.id limit :limit");
            case NAME -> jdbc.sql(nameSql(base, terms));
        };
        if (spec == null) {
            return List.of();
        }
        spec.param("v", terms.value()).param("limit", limit).param("scopeKey", scope.key());
        if (terms.birthYear() != null) {
            spec.param("year", terms.birthYear());
        }
        if (terms.birthDate() != null) {
            spec.param("year", terms.birthDate().getYear()).param("date", Date.valueOf(terms.birthDate()));
        }
        return spec.query(HIT).list();
    }

    /**
     * Three ranked tiers in one statement: the exact folded name (b-tree), then names that start with
     * it (the b-tree in collation "C", walked in order), then names holding the words typed, in that
     * order and each at the start of a word after the first ('%nguyen% van% an%', trigram GIN index),
     * by similarity. Each tier stops at the limit and the outer limit stops the append as soon as the
     * earlier tiers have filled it, so a common name never makes PostgreSQL score every similar name.
     */
    static String nameSql(String base, SearchTerms terms) {
        String birth = "";
        if (terms.birthYear() != null) {
            birth = " and p.birth_year = :year";
        } else if (terms.birthDate() != null) {
            birth = " and p.birth_year = :year and (p.birth_date is null or p.birth_date = :date)";
        }
        return "select * from ((" + base + birth + " and p.name_folded = eg_fold(:v) order by p.full_name, p.id limit :limit)"
                + " union all (" + base + birth + " and p.name_folded like " + LIKE_PREFIX
                + " and p.name_folded <> eg_fold(:v) order by p.name_folded collate \"C\", p.id limit :limit)"
                + " union all (" + base + birth + " and p.name_folded like " + LIKE_WORDS
                + " and p.name_folded not like " + LIKE_PREFIX
                + " order by similarity(p.name_folded, eg_fold(:v)) desc, p.full_name, p.id limit :limit)) tiers"
                + " limit :limit";
    }

    /** 'nguyen van an%' — names starting with the folded text. */
    private static final String LIKE_PREFIX = "eg_fold(:v) || '%' collate \"C\"";

    /** '%nguyen% van% an%' — the words in order, the later ones at the start of a word. */
    private static final String LIKE_WORDS = "'%' || replace(eg_fold(:v), ' ', '% ') || '%'";
}
