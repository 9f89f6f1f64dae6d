package org.epiguard.tracing.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.platform.db.CopyRows;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

/**
 * A batch of check-ins sent by a QR platform in one request: every item checked by field
 * ({@link CheckinSql}); the good ones written, the bad ones answered by item and field; the same
 * check-in sent again is known, not added. A venue outside the sender's capture scope refuses the
 * whole batch (403, nothing written).
 */
@Service
class CheckinBatch {

    record Item(String personId, String citizenId, String venueId, String checkedInAt) {
    }

    record Result(int received, long added, long known, List<CheckinSql.Error> rejected) {
    }

    static final int MAX_ITEMS = 10_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final AccessContext access;
    private final AuditTrail audit;

    CheckinBatch(DataSource dataSource, JdbcClient jdbc, AccessContext access, AuditTrail audit) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    Result record(List<Item> items) {
        CurrentUser sender = CheckinAccess.require(CheckinAccess.SEND, access.currentUser());
        if (items == null || items.isEmpty()) {
            throw new CheckinProblem.Invalid(List.of(CheckinProblem.of("items", "REQUIRED")));
        }
        if (items.size() > MAX_ITEMS) {
            throw new CheckinProblem.Invalid(List.of(CheckinProblem.of("items", "TOO_MANY", MAX_ITEMS)));
        }
        jdbc.sql(CheckinSql.STAGE).update();
        stage(items);
        CheckinSql.check(jdbc, sender.captureScope());
        if (CheckinSql.outOfScope(jdbc) > 0) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "a venue outside your capture scope");
        }
        List<CheckinSql.Error> errors = CheckinSql.errors(jdbc);
        Map<String, Object> counts = CheckinSql.write(jdbc, "API", null);
        counts.put("received", items.size());
        counts.put("rejected", errors.stream().map(CheckinSql.Error::row).distinct().count());
        if ((int) counts.get("added") > 0) {
            audit.record(AuditTrail.Action.CREATE, "tracing_checkin", null, null,
                    "check-ins by API: " + counts.get("added") + " added", null, counts);
        }
        return new Result(items.size(), ((Number) counts.get("added")).longValue(),
                ((Number) counts.get("known")).longValue(), errors);
    }

    private void stage(List<Item> items) {
        var conn = DataSourceUtils.getConnection(dataSource);
        try {
            CopyRows copy = CopyRows.start(conn, CheckinSql.COPY);
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                copy.cell(i);
                if (item == null) {
                    copy.cell((String) null).cell((String) null).cell((String) null).cell((String) null);
                } else {
                    copy.cell(blank(item.personId())).cell(blank(item.citizenId())).cell(blank(item.venueId()))
                            .cell(blank(item.checkedInAt()));
                }
                copy.endRow();
            }
            copy.finish();
        } catch (CopyRows.Failed e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            DataSourceUtils.releaseConnection(conn, dataSource);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
