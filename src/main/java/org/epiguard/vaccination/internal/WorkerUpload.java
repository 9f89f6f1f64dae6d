package org.epiguard.vaccination.internal;

import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.geo.OrgUnit;
import org.epiguard.platform.files.UnreadableTableException;
import org.epiguard.platform.files.UploadedTable;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of out-of-province workers uploaded as CSV or XLSX for one enterprise, row by row through
 * {@link WorkerRegistration}: a bad row is reported by row and field and the good rows are kept; a row
 * already registered (the same person and period) adds nothing, so uploading the same file again adds
 * nothing. It runs within the request, row by row, so a file holds at most {@link #MAX_ROWS} rows: on the
 * test machine 2,000 new workers took about 15 s (people created with their checks and audit) and the same
 * file again about 3 s; a larger list is split, or the upload becomes a background job like the dose import.
 * The upload leaves one IMPORT audit record besides the registrations' own.
 */
@Component
class WorkerUpload {

    static final int MAX_ROWS = 2000;

    /** A refused row: its spreadsheet row number, the field, the problem and the cell as typed. */
    record RowError(int row, String field, FieldProblem problem, String value) {
    }

    record Result(String fileName, int rowsRead, int added, int known, List<RowError> errors) {

        public int rejected() {
            return (int) errors.stream().mapToInt(RowError::row).distinct().count();
        }
    }

    private final WorkerRegistration registration;
    private final AuditTrail audit;

    WorkerUpload(WorkerRegistration registration, AuditTrail audit) {
        this.registration = registration;
        this.audit = audit;
    }

    Result upload(CurrentUser user, OrgUnit enterprise, String fileName, byte[] content) {
        UploadedTable table;
        try {
            table = UploadedTable.read(content);
        } catch (UnreadableTableException e) {
            throw new InvalidWorker(FieldProblem.of("file", "vaccination.workers.upload.unreadable", e.getMessage()));
        }
        List<UploadedTable.Row> rows = table.rows().stream().filter(r -> !r.blank()).toList();
        if (rows.isEmpty()) {
            throw new InvalidWorker(FieldProblem.of("file", "vaccination.workers.upload.empty"));
        }
        Map<WorkerColumn, Integer> columns = header(rows.getFirst());
        List<UploadedTable.Row> data = rows.subList(1, rows.size());
        if (data.size() > MAX_ROWS) {
            throw new InvalidWorker(FieldProblem.of("file", "vaccination.workers.upload.tooMany", MAX_ROWS));
        }
        int added = 0;
        int known = 0;
        List<RowError> errors = new ArrayList<>();
        for (UploadedTable.Row row : data) {
            try {
                var outcome = registration.register(user, enterprise, input(row, columns), "UPLOAD");
                if (outcome.added()) {
                    added++;
                } else {
                    known++;
                }
            } catch (InvalidWorker e) {
                for (FieldProblem p : e.problems()) {
                    errors.add(new RowError(row.number(), p.field(), p, cell(row, columns, p.field())));
                }
            } catch (ResponseStatusException e) {
                // the person's commune lies outside the user's capture scope (the people module's 403)
                errors.add(new RowError(row.number(), "communeCode",
                        FieldProblem.of("communeCode", "vaccination.workers.problem.COMMUNE_OUT_OF_SCOPE"),
                        cell(row, columns, "communeCode")));
            }
        }
        Result result = new Result(fileName, data.size(), added, known, List.copyOf(errors));
        audited(enterprise, content, result);
        return result;
    }

    private void audited(OrgUnit enterprise, byte[] content, Result result) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("enterpriseId", enterprise.id());
        after.put("file", result.fileName());
        after.put("sha256", sha256(content));
        after.put("rowsRead", result.rowsRead());
        after.put("added", result.added());
        after.put("known", result.known());
        after.put("rejected", result.rejected());
        audit.record(AuditTrail.Action.IMPORT, "vacc_worker_upload", enterprise.id(), enterprise.location(),
                "out-of-province workers uploaded: " + result.added() + " added", null, after);
    }

    private static Map<WorkerColumn, Integer> header(UploadedTable.Row row) {
        Map<WorkerColumn, Integer> columns = new EnumMap<>(WorkerColumn.class);
        for (int i = 0; i < row.cells().size(); i++) {
            int index = i;
            WorkerColumn.byHeader(row.cell(i)).ifPresent(c -> columns.putIfAbsent(c, index));
        }
        List<String> missing = WorkerColumn.REQUIRED.stream().filter(c -> !columns.containsKey(c))
                .map(WorkerColumn::header).toList();
        if (!missing.isEmpty()) {
            throw new InvalidWorker(FieldProblem.of("file", "vaccination.workers.upload.missingColumns",
                    String.join(", ", missing)));
        }
        return columns;
    }

    private static WorkerInput input(UploadedTable.Row row, Map<WorkerColumn, Integer> columns) {
        return new WorkerInput(null, cell(row, columns, WorkerColumn.CITIZEN_ID), cell(row, columns, WorkerColumn.FULL_NAME),
                cell(row, columns, WorkerColumn.BIRTH), cell(row, columns, WorkerColumn.SEX),
                cell(row, columns, WorkerColumn.PHONE), cell(row, columns, WorkerColumn.COMMUNE),
                cell(row, columns, WorkerColumn.HOME_PROVINCE), cell(row, columns, WorkerColumn.START_DATE),
                cell(row, columns, WorkerColumn.END_DATE), false);
    }

    private static String cell(UploadedTable.Row row, Map<WorkerColumn, Integer> columns, WorkerColumn column) {
        Integer index = columns.get(column);
        String v = index == null ? "" : row.cell(index);
        return v.isEmpty() ? null : v;
    }

    private static String cell(UploadedTable.Row row, Map<WorkerColumn, Integer> columns, String field) {
        return WorkerColumn.byField(field).map(c -> cell(row, columns, c)).orElse(null);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
