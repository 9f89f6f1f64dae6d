package org.epiguard.testing.internal;

import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.access.Scope;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.OrgUnitType;
import org.epiguard.platform.db.CopyRows;
import org.epiguard.platform.files.StreamedTable;
import org.epiguard.platform.files.UnreadableTableException;
import org.epiguard.platform.files.UploadedTable;
import org.epiguard.testing.PcrPositive;
import org.epiguard.testing.RapidTestPositive;
import org.epiguard.testing.ResultsRecorded;
import org.epiguard.testing.TestKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One result upload, start to end, on one database connection: the file's rows are streamed with
 * COPY into a temporary staging table (times and birth dates parsed on the way, the cells kept as
 * written), then checked and committed set-based ({@link ResultImportSql}) in one transaction with the
 * error rows, the job's counts, its IMPORT audit record and the events of positive results. Progress
 * goes to the job row on another connection, so the progress page sees it while the job runs.
 */
@Component
class ResultImportRun {

    static final int PROGRESS_EVERY = 50_000;

    private static final Logger log = LoggerFactory.getLogger(ResultImportRun.class);

    private final DataSource dataSource;
    private final ResultImportJobStore jobs;
    private final AuditTrail audit;
    private final GeoDirectory geo;
    private final UnitChecks units;
    private final ApplicationEventPublisher events;

    ResultImportRun(DataSource dataSource, ResultImportJobStore jobs, AuditTrail audit, GeoDirectory geo,
                    UnitChecks units, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.jobs = jobs;
        this.audit = audit;
        this.geo = geo;
        this.units = units;
        this.events = events;
    }

    /** The problem that refuses a whole file (unreadable, no header, missing columns): a message key, maybe ":argument". */
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
            audit.record(owner.id(), owner.username(), AuditTrail.Action.IMPORT, "testing_import_job", jobId,
                    where(owner), "result upload: the same file as job " + earlier + ", nothing added", null,
                    Map.of("sameAsJob", earlier));
            return;
        }
        List<Object> afterCommit = new ArrayList<>();
        try (Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(false);
            try {
                JdbcClient tx = JdbcClient.create(new SingleConnectionDataSource(conn, true));
                tx.sql("set local work_mem = '256MB'").update();
                tx.sql(ResultImportSql.STAGE).update();
                jobs.table().state(jobId, "READING");
                long staged = System.nanoTime();
                int rows = stage(conn, jobId, file);
                log.info("result upload {}: {} rows read and staged in {} ms", jobId, rows, (System.nanoTime() - staged) / 1_000_000);
                jobs.table().state(jobId, "VALIDATING");
                Map<String, Object> counts = validateAndCommit(tx, jobId, owner, afterCommit);
                counts.put("rowsRead", rows);
                ResultImportJobStore.finish(tx, jobId, counts);
                audit.record(owner.id(), owner.username(), AuditTrail.Action.IMPORT, "testing_import_job", jobId,
                        where(owner), "result upload " + jobs.table().fileName(jobId), null, counts);
                conn.commit();
            } catch (IOException | SQLException | FileRefused | RuntimeException e) {
                conn.rollback();
                throw e;
            }
        }
        // after the commit, as single entry's events reach their listeners within the entry's
        // transaction: whoever acts on a positive (the cases module) finds it written
        afterCommit.forEach(events::publishEvent);
    }

    /** Streams the data rows into the staging table; returns how many there were. */
    private int stage(Connection conn, long jobId, Path file) throws IOException, SQLException, FileRefused {
        Map<ResultImportColumn, Integer> columns = new EnumMap<>(ResultImportColumn.class);
        List<ResultImportColumn> order = new ArrayList<>();
        int[] count = {0};
        CopyRows[] copy = {null};
        try {
            StreamedTable.read(file, row -> {
                if (copy[0] == null) {
                    if (!row.blank()) {
                        header(row, columns, order);
                        copy[0] = CopyRows.start(conn, copySql(order));
                    }
                    return;
                }
                if (row.blank()) {
                    return;
                }
                stageRow(copy[0], row, columns, order);
                if (++count[0] % PROGRESS_EVERY == 0) {
                    jobs.table().progress(jobId, count[0]);
                }
            });
        } catch (HeaderProblem e) {
            throw new FileRefused(e.getMessage());
        } catch (UnreadableTableException | StreamedTable.NotText e) {
            throw new FileRefused("testing.import.unreadable");
        } catch (CopyRows.Failed e) {
            throw e.getCause();
        }
        if (copy[0] == null) {
            throw new FileRefused("testing.import.empty");
        }
        copy[0].finish();
        jobs.table().progress(jobId, count[0]);
        return count[0];
    }

    private static void stageRow(CopyRows copy, UploadedTable.Row row, Map<ResultImportColumn, Integer> columns,
                                 List<ResultImportColumn> order) {
        copy.cell(row.number());
        for (ResultImportColumn c : order) {
            copy.cell(row.cell(columns.get(c)));
        }
        String birth = cell(row, columns, ResultImportColumn.BIRTH);
        Integer birthYear = null;
        LocalDate birthDate = null;
        if (birth != null && birth.length() == 4 && digits(birth, 0, 4) >= 0) {
            birthYear = Integer.valueOf(birth);
        } else if (birth != null) {
            birthDate = Fields.parseTime(birth).map(Fields::dayOf).orElse(null);
            birthYear = birthDate == null ? null : birthDate.getYear();
        }
        copy.cell(birthYear == null ? null : birthYear.toString());
        copy.cell(birthDate == null ? null : birthDate.toString());
        copy.cell(time(cell(row, columns, ResultImportColumn.COLLECTED_AT)));
        copy.cell(time(cell(row, columns, ResultImportColumn.RESULT_AT)));
        String cid = citizenId(cell(row, columns, ResultImportColumn.CITIZEN_ID));
        copy.cell(cid);
        copy.cell(cid == null ? null : Boolean.toString(digitsOnly(cid) && (cid.length() == 9 || cid.length() == 12)));
        copy.cell(barcodeForm(cell(row, columns, ResultImportColumn.SAMPLE_BARCODE)));
        copy.cell(barcodeForm(cell(row, columns, ResultImportColumn.POOL_BARCODE)));
        copy.endRow();
    }

    /** A CCCD/CMND as written, without its spaces and dots (people type "022 123.456 789"); null when nothing is left. */
    static String citizenId(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(c);
            }
        }
        return b.isEmpty() ? null : b.toString();
    }

    private static boolean digitsOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether a barcode has the form the sample and pool tables take (3-40 of A-Z, a-z, 0-9, ".", "_", "-"); null without one. */
    static String barcodeForm(String barcode) {
        if (barcode == null) {
            return null;
        }
        boolean ok = barcode.length() >= 3 && barcode.length() <= 40;
        for (int i = 0; ok && i < barcode.length(); i++) {
            char c = barcode.charAt(i);
            ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
        }
        return Boolean.toString(ok);
    }

    private static String cell(UploadedTable.Row row, Map<ResultImportColumn, Integer> columns, ResultImportColumn c) {
        Integer index = columns.get(c);
        String text = index == null ? "" : row.cell(index);
        return text.isEmpty() ? null : text;
    }

    /** A cell's time as COPY takes it, null when unreadable; "dd/MM/yyyy HH:mm", the template's form, without regular expressions. */
    static String time(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 16 && text.charAt(2) == '/' && text.charAt(5) == '/' && text.charAt(10) == ' '
                && text.charAt(13) == ':') {
            int day = digits(text, 0, 2);
            int month = digits(text, 3, 5);
            int year = digits(text, 6, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            if (day < 0 || month < 0 || year < 0 || hour < 0 || minute < 0) {
                return null;
            }
            try {
                java.time.LocalDateTime.of(year, month, day, hour, minute);
            } catch (java.time.DateTimeException e) {
                return null;
            }
            if (year >= 1976) {
                // Asia/Ho_Chi_Minh has been UTC+07:00 without daylight saving since 1975
                return text.substring(6, 10) + '-' + text.substring(3, 5) + '-' + text.substring(0, 2) + ' '
                        + text.substring(11, 16) + "+07";
            }
            return java.time.LocalDateTime.of(year, month, day, hour, minute).atZone(Fields.ZONE).toInstant().toString();
        }
        return Fields.parseTime(text).map(Instant::toString).orElse(null);
    }

    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static void header(UploadedTable.Row row, Map<ResultImportColumn, Integer> columns,
                               List<ResultImportColumn> order) {
        for (int i = 0; i < row.cells().size(); i++) {
            int index = i;
            ResultImportColumn.byHeader(row.cell(i)).ifPresent(c -> columns.putIfAbsent(c, index));
        }
        List<String> missing = new ArrayList<>(ResultImportColumn.REQUIRED.stream().filter(c -> !columns.containsKey(c))
                .map(ResultImportColumn::header).toList());
        if (!columns.containsKey(ResultImportColumn.SAMPLE_BARCODE) && !columns.containsKey(ResultImportColumn.POOL_BARCODE)
                && !columns.containsKey(ResultImportColumn.CITIZEN_ID) && !columns.containsKey(ResultImportColumn.FULL_NAME)) {
            missing.add(ResultImportColumn.SAMPLE_BARCODE.header());
        }
        if (!missing.isEmpty()) {
            throw new HeaderProblem("testing.import.missingColumns:" + String.join(", ", missing));
        }
        order.addAll(columns.keySet());
    }

    private static String copySql(List<ResultImportColumn> order) {
        return "copy stage (row_no, " + order.stream().map(ResultImportColumn::stageColumn).collect(Collectors.joining(", "))
                + ", birth_year, birth_date, collected_at, result_at, cid, cid_ok, sample_ok, pool_ok) from stdin (format text)";
    }

    private Map<String, Object> validateAndCommit(JdbcClient tx, long jobId, CurrentUser owner, List<Object> afterCommit) {
        Scope capture = owner.captureScope();
        Scope view = owner.viewScope();
        Long ownUnit = TestingAccess.ownUnit(owner);
        Map<String, Object> params = new HashMap<>();
        params.put("scopeKey", capture.key());
        params.put("viewKey", view.key());
        params.put("ownUnit", ownUnit);
        params.put("unitProvince", unitProvince(ownUnit));
        params.put("now", Timestamp.from(Instant.now().plusSeconds(600)));
        params.put("earliest", Timestamp.from(Fields.EARLIEST.atStartOfDay(Fields.ZONE).toInstant()));
        params.put("thisYear", LocalDate.now(Fields.ZONE).getYear());
        params.put("job", jobId);
        params.put("user", owner.id());
        Statements s = new Statements(tx, params);
        s.run("analyze stage");
        s.run(ResultImportSql.ERRORS);
        s.run(ResultImportSql.KIND_PICK);
        s.run(ResultImportSql.OUTCOME_PICK);
        s.run(ResultImportSql.communePick(capture));
        s.run(ResultImportSql.UNIT_PICK);
        s.run("typed", ResultImportSql.TYPED);
        s.run("analyze typed");
        s.run("cell_problems", ResultImportSql.CELL_PROBLEMS);
        s.run("analyze err");
        s.run(ResultImportSql.samples(view, capture));
        s.run(ResultImportSql.pools(view, capture));
        // their sizes, so that the joins below hash them rather than the whole file
        s.run("analyze known_sample");
        s.run("analyze known_pool");
        s.run("target_problems", ResultImportSql.TARGET_PROBLEMS);
        s.run("new_sample_problems", ResultImportSql.NEW_SAMPLE_PROBLEMS);
        s.run(ResultImportSql.found(capture));
        s.run("analyze found");
        s.run("person_problems", ResultImportSql.PERSON_PROBLEMS);
        s.run(ResultImportSql.CREATED);
        int peopleCreated = s.run("create_people", ResultImportSql.CREATE_PEOPLE);
        s.run("analyze created");
        s.run("found_created", ResultImportSql.FOUND_CREATED);
        s.run("analyze found");
        s.run("rows", ResultImportSql.ROWS);
        s.run("repeated_targets", ResultImportSql.REPEATED_TARGETS);
        s.run("in_file_conflicts", ResultImportSql.IN_FILE_CONFLICTS);
        s.run("known_rapid", ResultImportSql.KNOWN_RAPID);
        s.run("to_write", ResultImportSql.TO_WRITE);
        s.run("unitless_pcr", ResultImportSql.UNITLESS_PCR);
        s.run(ResultImportSql.DROP_UNITLESS);
        int samplesCreated = insertSamples(s);
        s.run(ResultImportSql.DROP_UNITLESS);
        int added = s.run("insert_tests", ResultImportSql.INSERT_TESTS);
        int retests = s.run(ResultImportSql.RETEST_ORDERS);
        int memberNegatives = s.run(ResultImportSql.MEMBER_NEGATIVES);
        s.run(ResultImportSql.RESAMPLED);
        s.run(ResultImportSql.RESOLVED);
        int alerts = s.run(ResultImportSql.ALERTS.formatted(UnitChecks.HEALTH_UNITS.stream().map(OrgUnitType::name)
                .map(n -> "'" + n + "'").collect(Collectors.joining(", "))));
        long known = tx.sql(ResultImportSql.KNOWN_COUNT).query(Long.class).single();
        s.run(ResultImportSql.SAVE_ERRORS);
        log.info("result upload {}: {}", jobId, s.summary());
        long rejected = tx.sql("select count(distinct row_no) from err").query(Long.class).single();
        afterCommit.addAll(tx.sql(ResultImportSql.POSITIVES).query((rs, i) -> positive(rs)).list());
        if (added > 0) {
            afterCommit.add(tx.sql(ResultImportSql.RECORDED).query((rs, i) -> new ResultsRecorded(
                    Set.of((String[]) rs.getArray("provinces").getArray()), rs.getObject("first_day", LocalDate.class),
                    rs.getObject("last_day", LocalDate.class), added + memberNegatives)).single());
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("resultsAdded", added);
        counts.put("resultsKnown", known);
        counts.put("samplesCreated", samplesCreated);
        counts.put("peopleCreated", peopleCreated);
        counts.put("retestsOrdered", retests);
        counts.put("alertsRaised", alerts);
        counts.put("rowsRejected", rejected);
        return counts;
    }

    /**
     * Writes the new samples plainly (no per-row conflict arbitration); when a single entry took one
     * of their barcodes since the checks, writes them again skipping the taken ones, which are refused.
     */
    static int insertSamples(Statements s) {
        s.run("savepoint new_samples");
        try {
            return s.run("insert_samples", ResultImportSql.INSERT_SAMPLES);
        } catch (org.springframework.dao.DuplicateKeyException taken) {
            s.run("rollback to savepoint new_samples");
            int written = s.run("insert_samples", ResultImportSql.INSERT_SAMPLES + ResultImportSql.SKIP_TAKEN_BARCODES);
            s.run("lost_barcodes", ResultImportSql.LOST_BARCODES);
            return written;
        }
    }

    /** The event single entry publishes for a positive rapid test or a positive RT-PCR of one sample. */
    private static Object positive(java.sql.ResultSet rs) throws SQLException {
        TestKind kind = TestKind.valueOf(rs.getString("kind"));
        Location home = Location.commune(rs.getString("province_code"), rs.getString("district_code"),
                rs.getString("commune_code"));
        Instant at = rs.getTimestamp("result_at").toInstant();
        Long unit = rs.getObject("unit_id", Long.class);
        Long placeUnit = rs.getObject("place_unit_id", Long.class);
        if (kind.rapid()) {
            return new RapidTestPositive(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("sample_id"), kind, at, home,
                    rs.getString("place_commune_code"), placeUnit, unit, rs.getObject("proposal_unit_id", Long.class));
        }
        BigDecimal ct = rs.getBigDecimal("ct_value");
        return new PcrPositive(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("sample_id"), at, ct, home,
                rs.getString("place_commune_code"), placeUnit, unit);
    }

    private String unitProvince(Long unitId) {
        return Optional.ofNullable(unitId).flatMap(units::find).flatMap(u -> geo.communeLocation(u.communeCode()))
                .map(Location::provinceCode).orElse(null);
    }

    private Location where(CurrentUser owner) {
        Scope capture = owner.captureScope();
        return switch (capture.level()) {
            case COMMUNE -> geo.communeLocation(capture.code()).orElse(null);
            case DISTRICT -> geo.unit(capture.code()).map(u -> new Location(u.provinceCode(), u.code(), null, null)).orElse(null);
            case PROVINCE -> new Location(capture.code(), null, null, null);
            case UNIT -> units.find(Long.valueOf(capture.code())).map(u -> u.location()).orElse(null);
            default -> null;
        };
    }

    /**
     * Runs statements on the job's connection, binding of the job's parameters those each one names,
     * and keeps how long each took (the statement's first words), for the log line of the job.
     */
    record Statements(JdbcClient tx, Map<String, Object> params, Map<String, Long> millis) {
        Statements(JdbcClient tx, Map<String, Object> params) {
            this(tx, params, new LinkedHashMap<>());
        }

        int run(String sql) {
            return run(name(sql), sql);
        }

        int run(String label, String sql) {
            JdbcClient.StatementSpec spec = tx.sql(sql);
            for (Map.Entry<String, Object> p : params.entrySet()) {
                if (sql.contains(":" + p.getKey())) {
                    spec = spec.param(p.getKey(), p.getValue());
                }
            }
            long t0 = System.nanoTime();
            int n = spec.update();
            millis.merge(label, (System.nanoTime() - t0) / 1_000_000, Long::sum);
            return n;
        }

        static String name(String sql) {
            String[] words = sql.strip().split("\\s+", 5);
            return String.join(" ", java.util.Arrays.copyOf(words, Math.min(4, words.length)))
                    .replace("create temp table ", "").replace("insert into ", "+").replace("update ", "~");
        }

        String summary() {
            return millis.entrySet().stream().filter(e -> e.getValue() >= 100)
                    .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining("; "));
        }
    }

    private static final class HeaderProblem extends RuntimeException {
        HeaderProblem(String message) {
            super(message);
        }
    }
}
