package org.epiguard.isolation.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.OrgUnit;
import org.epiguard.geo.OrgUnitType;
import org.epiguard.geo.OrgUnits;
import org.epiguard.platform.web.ListPage;
import org.epiguard.platform.web.ListQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The log of a checkpoint at the province's gateways: each passenger of a vehicle with plate, origin,
 * destination commune and whether a health declaration and a test result were shown; whoever lacks one is
 * flagged. The checkpoint writes its own log; the destination commune (and its district and province)
 * sees who arrived for it.
 */
@Service
class CheckpointLog {

    static final Set<Role> WRITE = EnumSet.of(Role.CHECKPOINT, Role.DISTRICT_COMMAND, Role.PROVINCE_COMMITTEE);
    static final List<String> VEHICLES = List.of("CAR", "TRUCK", "BUS", "MOTORBIKE", "ON_FOOT", "OTHER");

    private final AccessContext access;
    private final OrgUnits orgUnits;
    private final GeoDirectory geo;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    CheckpointLog(AccessContext access, OrgUnits orgUnits, GeoDirectory geo, JdbcClient jdbc, AuditTrail audit) {
        this.access = access;
        this.orgUnits = orgUnits;
        this.geo = geo;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    record EntryInput(Long checkpointId, String enteredAt, String plate, String vehicleKind, String fullName,
                      Integer birthYear, String phone, String citizenId, String originProvince,
                      String destinationCommune, Boolean declarationPresent, Boolean testPresent) {
    }

    record Entry(long id, long checkpointId, String checkpointName, Instant enteredAt, String plate, String vehicleKind,
                 String fullName, Integer birthYear, String phone, String originProvince, String communeCode,
                 boolean declarationPresent, boolean testPresent, List<String> flags) {
    }

    @Transactional
    Entry record(EntryInput in) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(WRITE, user);
        if (in.checkpointId() == null) {
            throw InvalidIsolationInput.of("checkpointId", "REQUIRED");
        }
        OrgUnit checkpoint = orgUnits.find(in.checkpointId()).filter(u -> user.canView(u.location()))
                .orElseThrow(IsolationAccess::notFound);
        List<IsolationProblem> problems = new ArrayList<>();
        if (checkpoint.type() != OrgUnitType.CHECKPOINT) {
            problems.add(IsolationProblem.of("checkpointId", "NOT_A_CHECKPOINT", checkpoint.name()));
        }
        Location destination = null;
        if (in.destinationCommune() == null || in.destinationCommune().isBlank()) {
            problems.add(IsolationProblem.of("destinationCommune", "REQUIRED"));
        } else {
            destination = geo.communeLocation(in.destinationCommune().strip()).orElse(null);
            if (destination == null) {
                problems.add(IsolationProblem.of("destinationCommune", "NO_SUCH_COMMUNE", in.destinationCommune()));
            }
        }
        if (in.originProvince() == null || in.originProvince().isBlank()) {
            problems.add(IsolationProblem.of("originProvince", "REQUIRED"));
        } else if (geo.unit(in.originProvince().strip()).filter(u -> u.level() == AdminLevel.PROVINCE).isEmpty()) {
            problems.add(IsolationProblem.of("originProvince", "NO_SUCH_PROVINCE", in.originProvince()));
        }
        String vehicle = in.vehicleKind() == null || in.vehicleKind().isBlank() ? null : in.vehicleKind().strip().toUpperCase();
        if (vehicle == null) {
            problems.add(IsolationProblem.of("vehicleKind", "REQUIRED"));
        } else if (!VEHICLES.contains(vehicle)) {
            problems.add(IsolationProblem.of("vehicleKind", "BAD_VALUE", in.vehicleKind()));
        }
        if (in.fullName() == null || in.fullName().isBlank()) {
            problems.add(IsolationProblem.of("fullName", "REQUIRED"));
        }
        if (in.birthYear() != null) {
            Fields.intIn("birthYear", in.birthYear(), 1890, LocalDate.now().getYear(), false, problems);
        }
        String phone = in.phone() == null || in.phone().isBlank() ? null : in.phone().replaceAll("[\\s.]", "").replaceFirst("^\\+?84", "0");
        if (phone != null && !phone.matches("0\\d{9}")) {
            problems.add(IsolationProblem.of("phone", "BAD_PHONE", in.phone()));
        }
        String citizenId = in.citizenId() == null || in.citizenId().isBlank() ? null : in.citizenId().strip();
        if (citizenId != null && !citizenId.matches("\\d{12}|\\d{9}")) {
            problems.add(IsolationProblem.of("citizenId", "BAD_CITIZEN_ID", in.citizenId()));
        }
        if (in.declarationPresent() == null) {
            problems.add(IsolationProblem.of("declarationPresent", "REQUIRED"));
        }
        if (in.testPresent() == null) {
            problems.add(IsolationProblem.of("testPresent", "REQUIRED"));
        }
        Instant at = in.enteredAt() == null || in.enteredAt().isBlank() ? Instant.now() : parseTime(in.enteredAt(), problems);
        if (destination != null) {
            access.requireCapture(destination.withUnit(checkpoint.id()));
        }
        InvalidIsolationInput.throwIfAny(problems);
        List<String> flags = new ArrayList<>();
        if (!in.declarationPresent()) {
            flags.add("NO_DECLARATION");
        }
        if (!in.testPresent()) {
            flags.add("NO_TEST");
        }
        long id = jdbc.sql("""
                        insert into isolation_checkpoint_entry (checkpoint_id, entered_at, plate, vehicle_kind, full_name,
                            birth_year, phone, citizen_id, origin_province, declaration_present, test_present, flags,
                            province_code, district_code, commune_code, entered_by)
                        values (:cp, :at, :plate, :vehicle, :name, :birth, :phone, :cid, :origin, :decl, :test, :flags,
                                :p, :d, :c, :by) returning id""")
                .param("cp", checkpoint.id()).param("at", Timestamp.from(at))
                .param("plate", in.plate() == null || in.plate().isBlank() ? null : in.plate().strip().toUpperCase())
                .param("vehicle", vehicle).param("name", in.fullName().strip()).param("birth", in.birthYear())
                .param("phone", phone).param("cid", citizenId).param("origin", in.originProvince().strip())
                .param("decl", in.declarationPresent()).param("test", in.testPresent())
                .param("flags", flags.toArray(String[]::new)).param("p", destination.provinceCode())
                .param("d", destination.districtCode()).param("c", destination.communeCode()).param("by", user.id())
                .query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("checkpointId", checkpoint.id());
        after.put("fullName", in.fullName().strip());
        after.put("plate", in.plate());
        after.put("destinationCommune", destination.communeCode());
        after.put("flags", flags);
        audit.record(AuditTrail.Action.CREATE, "isolation_checkpoint_entry", id, destination.withUnit(checkpoint.id()),
                "entry at " + checkpoint.name() + (flags.isEmpty() ? "" : " flagged " + flags), null, after);
        return byId(id);
    }

    static final Map<String, String> SORTABLE = Map.of(
            "time", "(x.entered_at, x.id)",
            "name", "(x.full_name, x.id)",
            "checkpoint", "(u.name, x.entered_at, x.id)",
            "origin", "(x.origin_province, x.id)",
            "commune", "(x.commune_code, x.entered_at, x.id)",
            "flagged", "(cardinality(x.flags) > 0, x.entered_at, x.id)");

    /** Latest first unless asked otherwise. */
    static ListQuery query(Integer page, Integer size, String sort, String dir) {
        boolean byTime = sort == null || !SORTABLE.containsKey(sort) || sort.equals("time");
        return ListQuery.of(page, size, sort, dir == null && byTime ? "desc" : dir, SORTABLE, "time");
    }

    /** Which entries: of a business day (all days when null), of a destination commune, flagged only. */
    record Filter(LocalDate day, String communeCode, boolean flaggedOnly) {
    }

    static Filter filter(String day, String commune, boolean flagged) {
        return new Filter(day == null || day.isBlank() ? null : IsolationDates.orToday("day", day),
                Fields.communeFilter("commune", commune), flagged);
    }

    /**
     * The entries in the user's view scope (a checkpoint: its own log; a commune: its arrivals), one page
     * in the asked order.
     */
    ListPage<Entry> list(Filter filter, ListQuery query) {
        Scope scope = reader().viewScope();
        long total = jdbc.sql("select count(*) from isolation_checkpoint_entry x where " + where(scope, filter))
                .params(params(scope, filter)).query(Long.class).single();
        List<Entry> rows = jdbc.sql(SELECT + where(scope, filter) + query.orderBy(SORTABLE) + " limit :limit offset :offset")
                .params(params(scope, filter)).param("limit", query.size()).param("offset", query.offset())
                .query(CheckpointLog::map).list();
        return new ListPage<>(rows, total, query);
    }

    /** Every entry of the list in its order to a sink, with the export's audit record. */
    @Transactional
    void export(Filter filter, ListQuery query, Consumer<Entry> sink) {
        CurrentUser user = reader();
        int[] count = {0};
        try (var rows = jdbc.sql(SELECT + where(user.viewScope(), filter) + query.orderBy(SORTABLE))
                .params(params(user.viewScope(), filter)).query(CheckpointLog::map).stream()) {
            rows.forEach(e -> {
                count[0]++;
                sink.accept(e);
            });
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("rows", count[0]);
        after.put("day", filter.day() == null ? null : filter.day().toString());
        after.put("commune", filter.communeCode());
        after.put("flaggedOnly", filter.flaggedOnly());
        audit.record(AuditTrail.Action.EXPORT, "isolation_checkpoint_entry", null, null,
                "checkpoint entry export (" + user.viewScope() + "): " + count[0], null, after);
    }

    private CurrentUser reader() {
        CurrentUser user = access.currentUser();
        Set<Role> readers = EnumSet.copyOf(IsolationAccess.READ);
        readers.add(Role.CHECKPOINT);
        IsolationAccess.require(readers, user);
        return user;
    }

    private static final String SELECT = """
            select x.*, u.name as checkpoint_name from isolation_checkpoint_entry x
              join geo_org_unit u on u.id = x.checkpoint_id
             where\s""";

    private static String where(Scope scope, Filter f) {
        return scope.sql("x", "checkpoint_id")
                + (f.day() == null ? "" : " and (x.entered_at at time zone 'Asia/Ho_Chi_Minh')::date = :day")
                + (f.communeCode() == null ? "" : " and x.commune_code = :commune")
                + (f.flaggedOnly() ? " and cardinality(x.flags) > 0" : "");
    }

    private static Map<String, Object> params(Scope scope, Filter f) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("scopeKey", scope.key());
        params.put("day", f.day() == null ? null : Date.valueOf(f.day()));
        params.put("commune", f.communeCode());
        return params;
    }

    private Entry byId(long id) {
        return jdbc.sql(SELECT + "x.id = :id").param("id", id).query(CheckpointLog::map).single();
    }

    private static Entry map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Entry(rs.getLong("id"), rs.getLong("checkpoint_id"), rs.getString("checkpoint_name"),
                rs.getTimestamp("entered_at").toInstant(), rs.getString("plate"), rs.getString("vehicle_kind"),
                rs.getString("full_name"), (Integer) rs.getObject("birth_year"), rs.getString("phone"),
                rs.getString("origin_province"), rs.getString("commune_code"), rs.getBoolean("declaration_present"),
                rs.getBoolean("test_present"), IsolationRules.strings(rs.getArray("flags")));
    }

    private static Instant parseTime(String text, List<IsolationProblem> problems) {
        String t = text.strip();
        try {
            if (t.matches("\\d{1,2}/\\d{1,2}/\\d{4} \\d{1,2}:\\d{2}")) {
                var f = java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu H:mm");
                return java.time.LocalDateTime.parse(t, f).atZone(IsolationDates.BUSINESS_ZONE).toInstant();
            }
            return java.time.OffsetDateTime.parse(t).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(IsolationProblem.of("enteredAt", "BAD_TIME", text));
            return null;
        }
    }
}
