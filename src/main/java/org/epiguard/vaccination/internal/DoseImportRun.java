package org.epiguard.vaccination.internal;

import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.access.Scope;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.platform.files.StreamedTable;
import org.epiguard.platform.files.UnreadableTableException;
import org.epiguard.platform.files.UploadedTable;
import org.epiguard.platform.db.CopyRows;
import org.epiguard.vaccination.DosesRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One dose import, start to end, on one database connection: the file's rows are streamed with
 * COPY into a temporary staging table, then checked and committed set-based ({@link DoseImportSql})
 * in one transaction with the error rows, the job's counts and its IMPORT audit record. Progress
 * goes to the job row on another connection, so the progress page sees it while the job runs.
 */
@Component
class DoseImportRun {

    static final int PROGRESS_EVERY = 50_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final DoseImportJobStore jobs;
    private final AuditTrail audit;
    private final GeoDirectory geo;
    private final ApplicationEventPublisher events;

    DoseImportRun(DataSource dataSource, JdbcClient jdbc, DoseImportJobStore jobs, AuditTrail audit, GeoDirectory geo,
                  ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.audit = audit;
        this.geo = geo;
        this.events = events;
    }

    /** The problem that refuses a whole file (unreadable, no header, missing columns). */
    static final class FileRefused extends Exception {
        FileRefused(String message) {
            super(message);
        }
    }

    void run(long jobId, Path file, CurrentUser owner) throws IOException, SQLException, FileRefused {
        Scope capture = owner.captureScope();
        Long earlier = jobs.table().earlierImportOfSameFile(jobId);
        if (earlier != null) {
            jobs.finishSameAs(jobId, earlier);
            audit.record(owner.id(), owner.username(), AuditTrail.Action.IMPORT, "vacc_import_job", jobId,
                    where(capture), "dose import: the same file as job " + earlier + ", nothing added", null,
                    Map.of("sameAsJob", earlier));
            return;
        }
        List<DosesRecorded> afterCommit = new ArrayList<>();
        try (Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(false);
            try {
                JdbcClient tx = JdbcClient.create(new SingleConnectionDataSource(conn, true));
                tx.sql("set local work_mem = '256MB'").update();
                tx.sql(DoseImportSql.STAGE).update();
                jobs.table().state(jobId, "READING");
                int rows = stage(conn, jobId, file);
                jobs.table().state(jobId, "VALIDATING");
                Map<String, Object> counts = validateAndCommit(tx, jobId, capture, afterCommit);
                counts.put("rowsRead", rows);
                tx.sql("""
                                update vacc_import_job set state = 'DONE', rows_read = :rows, doses_added = :added,
                                       doses_known = :known, people_created = :people, rows_rejected = :rejected,
                                       finished_at = now() where id = :job""")
                        .param("rows", rows).param("added", counts.get("dosesAdded")).param("known", counts.get("dosesKnown"))
                        .param("people", counts.get("peopleCreated")).param("rejected", counts.get("rowsRejected"))
                        .param("job", jobId).update();
                audit.record(owner.id(), owner.username(), AuditTrail.Action.IMPORT, "vacc_import_job", jobId,
                        where(capture), "dose import " + jobs.table().fileName(jobId), null, counts);
                conn.commit();
            } catch (IOException | SQLException | FileRefused | RuntimeException e) {
                conn.rollback();
                throw e;
            }
        }
        afterCommit.forEach(events::publishEvent);
    }

    /** Streams the data rows into the staging table; returns how many there were. */
    private int stage(Connection conn, long jobId, Path file) throws IOException, SQLException, FileRefused {
        Map<DoseImportColumn, Integer> columns = new EnumMap<>(DoseImportColumn.class);
        List<DoseImportColumn> order = new ArrayList<>();
        int[] count = {0};
        CopyRows[] copy = {null};
        try {
            StreamedTable.read(file, row -> {
                if (copy[0] == null) {
                    if (row.blank()) {
                        return;
                    }
                    header(row, columns, order);
                    copy[0] = CopyRows.start(conn, copySql(order));
                    return;
                }
                if (row.blank()) {
                    return;
                }
                copy[0].cell(row.number());
                for (DoseImportColumn c : order) {
                    copy[0].cell(row.cell(columns.get(c)));
                }
                copy[0].endRow();
                if (++count[0] % PROGRESS_EVERY == 0) {
                    jobs.table().progress(jobId, count[0]);
                }
            });
        } catch (HeaderProblem e) {
            throw new FileRefused(e.getMessage());
        } catch (UnreadableTableException | StreamedTable.NotText e) {
            throw new FileRefused(e instanceof StreamedTable.NotText ? "vaccination.doses.import.notText"
                    : "vaccination.doses.import.unreadable");
        } catch (CopyRows.Failed e) {
            throw e.getCause();
        }
        if (copy[0] == null) {
            throw new FileRefused("vaccination.doses.import.empty");
        }
        copy[0].finish();
        jobs.table().progress(jobId, count[0]);
        return count[0];
    }

    private static void header(UploadedTable.Row row, Map<DoseImportColumn, Integer> columns, List<DoseImportColumn> order) {
        for (int i = 0; i < row.cells().size(); i++) {
            int index = i;
            DoseImportColumn.byHeader(row.cell(i)).ifPresent(c -> columns.putIfAbsent(c, index));
        }
        List<String> missing = DoseImportColumn.REQUIRED.stream().filter(c -> !columns.containsKey(c))
                .map(DoseImportColumn::header).toList();
        boolean noPerson = !columns.containsKey(DoseImportColumn.CITIZEN_ID)
                && !(columns.containsKey(DoseImportColumn.FULL_NAME) && columns.containsKey(DoseImportColumn.BIRTH)
                && columns.containsKey(DoseImportColumn.COMMUNE));
        if (!missing.isEmpty() || noPerson) {
            List<String> all = new ArrayList<>(missing);
            if (noPerson) {
                all.add(DoseImportColumn.CITIZEN_ID.header());
            }
            throw new HeaderProblem("vaccination.doses.import.missingColumns:" + String.join(", ", all));
        }
        order.addAll(columns.keySet());
    }

    private static String copySql(List<DoseImportColumn> order) {
        StringBuilder cols = new StringBuilder("row_no");
        for (DoseImportColumn c : order) {
            cols.append(", ").append(stageColumn(c));
        }
        return "copy stage (" + cols + ") from stdin (format text)";
    }

    private static String stageColumn(DoseImportColumn c) {
        return switch (c) {
            case CITIZEN_ID -> "citizen_id";
            case FULL_NAME -> "full_name";
            case BIRTH -> "birth";
            case SEX -> "sex";
            case PHONE -> "phone";
            case COMMUNE -> "commune";
            case PRODUCT -> "product";
            case LOT -> "lot";
            case DOSE_DATE -> "dose_date";
            case DOSE_NUMBER -> "dose_number";
            case SITE -> "site";
        };
    }

    private Map<String, Object> validateAndCommit(JdbcClient tx, long jobId, Scope capture,
                                                  List<DosesRecorded> afterCommit) {
        java.time.LocalDate today = DoseDates.today();
        tx.sql("analyze stage").update();
        tx.sql(DoseImportSql.ERRORS).update();
        tx.sql(DoseImportSql.productPick()).update();
        tx.sql(DoseImportSql.communePick(capture)).param("scopeKey", capture.key()).update();
        tx.sql(DoseImportSql.DATE_PICK).update();
        tx.sql(DoseImportSql.TYPED).update();
        tx.sql("analyze typed").update();
        tx.sql(DoseImportSql.CELL_PROBLEMS).param("today", Date.valueOf(today))
                .param("earliest", Date.valueOf(DoseDates.EARLIEST)).param("maxDose", DoseEntry.MAX_DOSE_NUMBER)
                .param("maxLot", DoseEntry.MAX_LOT_LENGTH).param("thisYear", today.getYear()).update();
        tx.sql("analyze err").update();
        var found = tx.sql(DoseImportSql.found(capture));
        (capture.level() == org.epiguard.access.ScopeLevel.NATION ? found : found.param("scopeKey", capture.key())).update();
        tx.sql("analyze found").update();
        tx.sql(DoseImportSql.PERSON_PROBLEMS).update();
        tx.sql(DoseImportSql.CREATED).update();
        int peopleCreated = tx.sql(DoseImportSql.CREATE_PEOPLE).update();
        tx.sql("analyze created").update();
        tx.sql(DoseImportSql.DOSED).update();
        tx.sql("analyze dosed").update();
        tx.sql(DoseImportSql.IN_FILE_CONFLICTS).update();
        tx.sql(DoseImportSql.RECORDED_CONFLICTS).update();
        long known = tx.sql(DoseImportSql.KNOWN).query(Long.class).single();
        tx.sql(DoseImportSql.SITE_PICK).update();
        int added = tx.sql(DoseImportSql.INSERT_DOSES).param("job", jobId).update();
        if (added > 0) {
            afterCommit.add(tx.sql(DoseImportSql.RECORDED).query((rs, i) -> new DosesRecorded(
                    Set.of((String[]) rs.getArray("provinces").getArray()),
                    Set.of((String[]) rs.getArray("districts").getArray()),
                    Set.of((String[]) rs.getArray("communes").getArray()), rs.getObject("first_day", LocalDate.class),
                    rs.getObject("last_day", LocalDate.class), added)).single());
        }
        tx.sql(DoseImportSql.SAVE_ERRORS).param("job", jobId).update();
        long rejected = tx.sql("select count(distinct row_no) from err").query(Long.class).single();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("dosesAdded", added);
        counts.put("dosesKnown", known);
        counts.put("peopleCreated", peopleCreated);
        counts.put("rowsRejected", rejected);
        return counts;
    }

    private Location where(Scope capture) {
        return switch (capture.level()) {
            case COMMUNE -> geo.communeLocation(capture.code()).orElse(null);
            case DISTRICT -> geo.unit(capture.code()).map(u -> new Location(u.provinceCode(), u.code(), null, null)).orElse(null);
            case PROVINCE -> new Location(capture.code(), null, null, null);
            default -> null;
        };
    }

    private static final class HeaderProblem extends RuntimeException {
        HeaderProblem(String message) {
            super(message);
        }
    }
}
