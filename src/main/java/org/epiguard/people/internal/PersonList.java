package org.epiguard.people.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.platform.web.ListPage;
import org.epiguard.platform.web.ListQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The people list: a page of a filtered, sorted list within the user's view scope, and its export. */
@Component
class PersonList {

    /** Sortable columns: request keys to SQL, nothing else reaches the ORDER BY. */
    static final Map<String, String> SORTABLE = Map.of(
            "name", "p.name_folded",
            "birth", "p.birth_year",
            "commune", "p.commune_code",
            "occupation", "p.occupation",
            "updated", "p.updated_at");

    private final JdbcClient jdbc;
    private final AccessContext access;
    private final AuditTrail audit;

    PersonList(JdbcClient jdbc, AccessContext access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    ListPage<Person> page(PersonFilter filter, ListQuery query, LocalDate today) {
        CurrentUser user = access.currentUser();
        PersonFilter.Sql sql = filter.toSql(user.viewScope(), today);
        long total = jdbc.sql("select count(*) from people_person p" + sql.where()).params(sql.params())
                .query(Long.class).single();
        Map<String, Object> params = new LinkedHashMap<>(sql.params());
        params.put("limit", query.size());
        params.put("offset", query.offset());
        List<Person> rows = jdbc.sql("select " + PersonRepository.COLUMNS + " from people_person p" + sql.where()
                        + query.orderBy(SORTABLE) + ", p.id limit :limit offset :offset")
                .params(params).query(PersonRepository.MAPPER).list();
        return new ListPage<>(rows, total, query);
    }

    /** Streams every person of the filter to the consumer and audits the export with the filter and the count. */
    @Transactional
    int export(PersonFilter filter, LocalDate today, Consumer<Person> sink) {
        CurrentUser user = access.currentUser();
        PersonFilter.Sql sql = filter.toSql(user.viewScope(), today);
        int[] count = {0};
        jdbc.sql("select " + PersonRepository.COLUMNS + " from people_person p" + sql.where()
                        + " order by p.commune_code, p.name_folded, p.id")
                .withFetchSize(1000).params(sql.params())
                .query(rs -> {
                    sink.accept(PersonRepository.map(rs, count[0]));
                    count[0]++;
                });
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("filter", filter.describe());
        after.put("rows", count[0]);
        after.put("scope", user.viewScope().toString());
        audit.record(AuditTrail.Action.EXPORT, "person", null, null, "people list exported: " + count[0] + " rows",
                null, after);
        return count[0];
    }
}
