package org.epiguard.tracing.internal;

import org.epiguard.access.Scope;
import org.epiguard.tracing.CaseContacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class ContactsOfCase implements CaseContacts {

    private final JdbcClient jdbc;

    ContactsOfCase(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<F1> f1Of(Scope scope, long caseId) {
        return jdbc.sql("select t.id, t.person_id, t.last_exposure_at from tracing_contact t"
                        + " where t.case_id = :case and t.level = 1 and " + scope.sql("t", "unit_id")
                        + " order by t.last_exposure_at, t.id")
                .param("case", caseId).param("scopeKey", scope.key())
                .query((rs, i) -> new F1(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant())).list();
    }
}
