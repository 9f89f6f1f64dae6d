package org.epiguard.geo.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.epiguard.platform.files.UnreadableTableException;
import org.epiguard.platform.files.UploadedTable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports a population file (CSV or XLSX): each row is checked on its own and against the GSO list
 * and the user's capture scope; good rows are written (insert or update), rows already equal are
 * left alone, so that the same file twice changes nothing. One audit record per import.
 */
@Service
class PopulationImporter {

    static final int MAX_ROWS = 20_000;
    private static final Set<Role> IMPORTERS = Set.of(Role.PROVINCE_COMMITTEE, Role.SYSTEM_ADMIN);

    private final AccessContext access;
    private final PopulationStore store;
    private final PopulationImports imports;
    private final AuditTrail audit;
    private final Messages messages;

    PopulationImporter(AccessContext access, PopulationStore store, PopulationImports imports, AuditTrail audit,
                       Messages messages) {
        this.access = access;
        this.store = store;
        this.imports = imports;
        this.audit = audit;
        this.messages = messages;
    }

    static boolean mayImport(CurrentUser user) {
        return IMPORTERS.contains(user.role());
    }

    @Transactional
    long importFile(String fileName, byte[] content) {
        CurrentUser user = access.currentUser();
        if (!mayImport(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        List<UploadedTable.Row> rows = rows(content).stream().filter(r -> !r.blank()).toList();
        if (rows.isEmpty()) {
            throw InvalidInput.of("file", "geo.import.error.emptyFile");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw InvalidInput.of("file", "geo.import.error.tooManyRows", MAX_ROWS);
        }
        PopulationRowReader reader = new PopulationRowReader(rows.getFirst().cells());
        if (!reader.missingColumns().isEmpty()) {
            throw InvalidInput.of("file", "geo.import.error.missingColumns",
                    String.join(", ", reader.missingColumns().stream().map(PopulationColumn::header).toList()));
        }
        List<PopulationRow> checked = rows.subList(1, rows.size()).stream()
                .map(r -> reader.read(r.number(), r.cells())).toList();
        return write(user, fileName, checked);
    }

    private static List<UploadedTable.Row> rows(byte[] content) {
        try {
            return UploadedTable.read(content).rows();
        } catch (UnreadableTableException e) {
            throw InvalidInput.of("file", e.reason() == UnreadableTableException.Reason.LEGACY_EXCEL
                    ? "geo.import.error.oldExcel" : "geo.import.error.unreadable");
        }
    }

    private long write(CurrentUser user, String fileName, List<PopulationRow> checked) {
        List<PopulationRow.RowError> errors = new ArrayList<>();
        checked.forEach(r -> errors.addAll(r.errors()));
        List<PopulationRow> good = checked.stream().filter(r -> r.ok() && !r.blank()).toList();
        Map<String, PopulationStore.UnitPlace> places = store.places(good.stream().map(PopulationRow::code).toList());
        Map<String, Integer> firstRow = new HashMap<>();
        Map<String, PopulationRow.Figures> accepted = new LinkedHashMap<>();
        for (PopulationRow row : good) {
            var place = places.get(row.code());
            Integer earlier = firstRow.putIfAbsent(row.code(), row.rowNumber());
            if (earlier != null) {
                errors.add(codeError(row, "geo.import.error.duplicate", earlier));
            } else if (place == null) {
                errors.add(codeError(row, "geo.import.error.unknownCode"));
            } else if (!user.captureScope().containsAdminUnit(place.provinceCode(), place.districtCode(),
                    place.communeCode())) {
                errors.add(codeError(row, "geo.import.error.outsideScope"));
            } else {
                accepted.put(row.code(), row.figures());
            }
        }
        Map<String, PopulationRow.Figures> before = store.entered(accepted.keySet());
        Map<String, PopulationRow.Figures> changed = new LinkedHashMap<>(accepted);
        changed.entrySet().removeIf(e -> e.getValue().equals(before.get(e.getKey())));
        store.upsert(changed, "import: " + fileName);
        int skipped = (int) checked.stream().filter(PopulationRow::blank).count();
        long id = imports.save(user.id(), user.username(), fileName, changed.size(), accepted.size() - changed.size(),
                skipped, errors.stream().sorted(java.util.Comparator.comparingInt(PopulationRow.RowError::row))
                        .map(e -> new PopulationImport.Error(e.row(), e.field(), e.value(),
                                messages.get(e.messageKey(), e.args()))).toList());
        audit.record(AuditTrail.Action.IMPORT, "geo_population", id, null,
                "population file " + fileName + ": " + changed.size() + " imported, "
                        + (accepted.size() - changed.size()) + " unchanged, " + errors.size() + " errors",
                asMaps(before, changed.keySet()), asMaps(changed, changed.keySet()));
        return id;
    }

    private static PopulationRow.RowError codeError(PopulationRow row, String key, Object... args) {
        return PopulationRowReader.error(row.rowNumber(), PopulationColumn.CODE, row.code(), key, args);
    }

    private static Map<String, Object> asMaps(Map<String, PopulationRow.Figures> figures, Set<String> codes) {
        Map<String, Object> out = new LinkedHashMap<>();
        codes.forEach(c -> out.put(c, figures.containsKey(c) ? figures.get(c).asMap() : null));
        return out;
    }
}
