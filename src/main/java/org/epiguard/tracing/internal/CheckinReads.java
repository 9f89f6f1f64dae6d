package org.epiguard.tracing.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.ScopeLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;

/** A person's check-ins at the venues inside the reader's view scope (a venue unit sees its own), newest first. */
@Repository
class CheckinReads {

    record Checkin(long personId, long venueId, String venueName, Instant checkedInAt, String communeCode, String source) {
    }

    static final int LIMIT = 1_000;

    private final JdbcClient jdbc;
    private final AccessContext access;

    CheckinReads(JdbcClient jdbc, AccessContext access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    List<Checkin> ofPerson(long personId) {
        CurrentUser user = CheckinAccess.require(CheckinAccess.TRACE_OR_SEND, access.currentUser());
        var sql = jdbc.sql("""
                        select c.person_id, c.venue_id, v.name, c.checked_in_at, c.commune_code, c.source
                          from tracing_checkin c join geo_org_unit v on v.id = c.venue_id
                         where c.person_id = :p and %s
                         order by c.checked_in_at desc limit :n""".formatted(user.viewScope().sql("c", "venue_id")))
                .param("p", personId).param("n", LIMIT);
        if (user.viewScope().level() != ScopeLevel.NATION) {
            sql = sql.param("scopeKey", user.viewScope().key());
        }
        return sql.query((rs, i) -> new Checkin(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6))).list();
    }

}
