package org.epiguard.testing.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.access.Role;
import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.OrgUnit;
import org.epiguard.people.Occupation;
import org.epiguard.people.PeopleDirectory;
import org.epiguard.platform.files.UnreadableTableException;
import org.epiguard.platform.files.UploadedTable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Creating campaigns (district and province command centres anywhere in their capture scope; a
 * school or enterprise for itself), adding an event's attendees (entered, or uploaded as a CSV/XLSX
 * list of citizen IDs or person numbers), and reading a campaign inside the view scope (else 404).
 * Every field is checked, each problem under its field; writes are audited in the same transaction.
 */
@Service
class CampaignEntry {

    static final Set<Role> CREATE = EnumSet.of(Role.DISTRICT_COMMAND, Role.PROVINCE_COMMITTEE, Role.SCHOOL,
            Role.ENTERPRISE);
    static final int MAX_ATTENDEES = 20_000;
    private static final int NAME_MAX = 200;
    private static final int LONGEST_DAYS = 366;

    private final AccessContext access;
    private final GeoDirectory geo;
    private final UnitChecks units;
    private final PeopleDirectory people;
    private final CampaignRepository campaigns;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    CampaignEntry(AccessContext access, GeoDirectory geo, UnitChecks units, PeopleDirectory people,
                  CampaignRepository campaigns, JdbcClient jdbc, AuditTrail audit) {
        this.access = access;
        this.geo = geo;
        this.units = units;
        this.people = people;
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    CurrentUser reader() {
        CurrentUser user = access.currentUser();
        TestingAccess.requireRead(user);
        return user;
    }

    static boolean mayCreate(CurrentUser user) {
        return CREATE.contains(user.role());
    }

    /** A campaign inside the reader's view scope, or 404. */
    Campaign find(long id) {
        return campaigns.find(id, reader().viewScope()).orElseThrow(TestingViews::notFound);
    }

    @Transactional
    Campaign create(CampaignInput input) {
        return create(input, List.of());
    }

    /** Creates a campaign; {@code earlier} holds problems the caller found in its own fields, reported with these. */
    @Transactional
    Campaign create(CampaignInput input, List<TestingProblem> earlier) {
        CurrentUser user = access.currentUser();
        if (!mayCreate(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        List<TestingProblem> problems = new ArrayList<>(earlier);
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty()) {
            problems.add(TestingProblem.of("name", "REQUIRED"));
        } else if (name.length() > NAME_MAX) {
            problems.add(TestingProblem.of("name", "TOO_LONG", NAME_MAX));
        }
        Optional<CampaignKind> kind = Fields.choice(CampaignKind.class, "kind", input.kind(), problems);
        Optional<Occupation> occupation = occupation(input, kind, problems);
        Optional<OrgUnit> unit = unit(user, input, kind, problems);
        Optional<AdminUnit> area = area(input, kind, unit, problems);
        Optional<CampaignKind.Cadence> cadence = input.cadence() == null || input.cadence().isBlank()
                ? kind.map(k -> k == CampaignKind.ENTERPRISE ? CampaignKind.Cadence.DAILY : CampaignKind.Cadence.ONCE)
                : Fields.choice(CampaignKind.Cadence.class, "cadence", input.cadence(), problems);
        Optional<LocalDate> start = Fields.date("startDate", input.startDate(), problems);
        Optional<LocalDate> end = Fields.date("endDate", input.endDate(), problems);
        if (start.isPresent() && start.get().isBefore(Fields.EARLIEST)) {
            problems.add(TestingProblem.of("startDate", "TOO_EARLY", Fields.show(Fields.EARLIEST)));
        }
        if (start.isPresent() && end.isPresent()) {
            if (end.get().isBefore(start.get())) {
                problems.add(TestingProblem.of("endDate", "BEFORE_START", Fields.show(start.get())));
            } else if (end.get().isAfter(start.get().plusDays(LONGEST_DAYS))) {
                problems.add(TestingProblem.of("endDate", "PERIOD_TOO_LONG", LONGEST_DAYS));
            }
        }
        List<Long> attendees = input.attendeeIds() == null ? List.of() : input.attendeeIds();
        if (!attendees.isEmpty() && kind.isPresent() && kind.get() != CampaignKind.EVENT) {
            problems.add(TestingProblem.of("attendeeIds", "NOT_FOR_KIND", kind.get().name()));
        }
        List<Long> people = attendees(user, attendees, problems);
        InvalidTestingInput.throwIfAny(problems);

        Location where = unit.filter(u -> kind.orElseThrow().ofUnit()).map(OrgUnit::location)
                .orElseGet(() -> location(area.orElseThrow(), unit.orElse(null)));
        access.requireCapture(where);
        long id = campaigns.insert(name, kind.orElseThrow(), occupation.orElse(null), area.orElseThrow().code(),
                unit.map(OrgUnit::id).orElse(null), cadence.orElseThrow(), start.orElseThrow(), end.orElseThrow(), where,
                user.id());
        campaigns.addAttendees(id, people);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", name);
        after.put("kind", kind.get().name());
        after.put("occupation", occupation.map(Enum::name).orElse(null));
        after.put("areaCode", area.get().code());
        after.put("unitId", unit.map(OrgUnit::id).orElse(null));
        after.put("cadence", cadence.get().name());
        after.put("startDate", start.get().toString());
        after.put("endDate", end.get().toString());
        after.put("attendees", people.size());
        audit.record(AuditTrail.Action.CREATE, "testing_campaign", id, where, "screening campaign " + name, null, after);
        return campaigns.find(id, user.viewScope()).orElseThrow();
    }

    private static Optional<Occupation> occupation(CampaignInput input, Optional<CampaignKind> kind,
                                                   List<TestingProblem> problems) {
        boolean given = input.occupation() != null && !input.occupation().isBlank();
        if (kind.isPresent() && kind.get() == CampaignKind.OCCUPATION) {
            return Fields.choice(Occupation.class, "occupation", input.occupation(), problems);
        }
        if (given && kind.isPresent()) {
            problems.add(TestingProblem.of("occupation", "NOT_FOR_KIND", kind.get().name()));
        }
        return Optional.empty();
    }

    /** The school or enterprise (required for those), or an event's venue (optional); none for the others. */
    private Optional<OrgUnit> unit(CurrentUser user, CampaignInput input, Optional<CampaignKind> kind,
                                   List<TestingProblem> problems) {
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Long id = input.unitId() != null ? input.unitId() : kind.get().ofUnit() ? TestingAccess.ownUnit(user) : null;
        if (id == null) {
            if (kind.get().ofUnit()) {
                problems.add(TestingProblem.of("unitId", "REQUIRED"));
            }
            return Optional.empty();
        }
        if (!kind.get().ofUnit() && kind.get() != CampaignKind.EVENT) {
            problems.add(TestingProblem.of("unitId", "NOT_FOR_KIND", kind.get().name()));
            return Optional.empty();
        }
        Optional<OrgUnit> unit = units.visible(user, "unitId", id, problems);
        if (unit.isPresent() && !kind.get().accepts(unit.get().type())) {
            problems.add(TestingProblem.of("unitId", "WRONG_UNIT_TYPE", unit.get().name(), kind.get().name()));
            return Optional.empty();
        }
        return unit;
    }

    /** The area: a school's or enterprise's commune; a commune for COMMUNE; any province, district or commune else. */
    private Optional<AdminUnit> area(CampaignInput input, Optional<CampaignKind> kind, Optional<OrgUnit> unit,
                                     List<TestingProblem> problems) {
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        String code = input.areaCode() == null ? "" : input.areaCode().strip();
        if (code.isEmpty() && unit.isPresent()) {
            code = unit.get().communeCode();
        }
        if (code.isEmpty()) {
            if (!kind.get().ofUnit()) {
                problems.add(TestingProblem.of("areaCode", "REQUIRED"));
            }
            return Optional.empty();
        }
        Optional<AdminUnit> area = geo.unit(code);
        if (area.isEmpty()) {
            problems.add(TestingProblem.of("areaCode", "UNKNOWN_AREA", code));
        } else if (kind.get() == CampaignKind.COMMUNE && area.get().level() != AdminLevel.COMMUNE) {
            problems.add(TestingProblem.of("areaCode", "NOT_A_COMMUNE", area.get().fullName()));
            return Optional.empty();
        } else if (unit.isPresent() && !contains(area.get(), unit.get().location())) {
            problems.add(TestingProblem.of("unitId", "PLACE_MISMATCH", unit.get().name(), area.get().fullName()));
            return Optional.empty();
        }
        return area;
    }

    private static boolean contains(AdminUnit area, Location loc) {
        return switch (area.level()) {
            case PROVINCE -> area.code().equals(loc.provinceCode());
            case DISTRICT -> area.code().equals(loc.districtCode());
            case COMMUNE -> area.code().equals(loc.communeCode());
        };
    }

    private static Location location(AdminUnit area, OrgUnit venue) {
        Location loc = switch (area.level()) {
            case PROVINCE -> new Location(area.code(), null, null, null);
            case DISTRICT -> new Location(area.provinceCode(), area.code(), null, null);
            case COMMUNE -> new Location(area.provinceCode(), area.districtCode(), area.code(), null);
        };
        return venue == null ? loc : loc.withUnit(venue.id());
    }

    /** People by id, each inside the user's view scope (else UNKNOWN_PERSON under attendeeIds[i]). */
    private List<Long> attendees(CurrentUser user, List<Long> ids, List<TestingProblem> problems) {
        if (ids.size() > MAX_ATTENDEES) {
            problems.add(TestingProblem.of("attendeeIds", "TOO_MANY_PEOPLE", MAX_ATTENDEES));
            return List.of();
        }
        Set<Long> found = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            var person = id == null ? Optional.<org.epiguard.people.PersonHit>empty() : people.find(user, id);
            if (person.isEmpty()) {
                problems.add(TestingProblem.of("attendeeIds[" + i + "]", "UNKNOWN_PERSON", id));
            } else {
                found.add(person.get().id());
            }
        }
        return List.copyOf(found);
    }

    /** Adds an event's attendees: all or nothing, each unknown person named by its position. */
    @Transactional
    int addAttendees(long campaignId, List<Long> ids) {
        CurrentUser user = access.currentUser();
        Campaign c = eventForCapture(user, campaignId);
        List<TestingProblem> problems = new ArrayList<>();
        if (ids == null || ids.isEmpty()) {
            throw InvalidTestingInput.of("attendeeIds", "REQUIRED");
        }
        List<Long> people = attendees(user, ids, problems);
        InvalidTestingInput.throwIfAny(problems);
        return recordAttendees(c, people, "entered");
    }

    /** One refused row of an attendee list. */
    record RowProblem(int row, String field, String value, String code, List<Object> args) {
    }

    record AttendeeUpload(int rows, int added, List<RowProblem> errors) {
    }

    /**
     * Adds the attendees of an uploaded list (CSV or XLSX; a header row, then a citizen ID — column
     * "CCCD/CMND" — or the registry's person number — column "Mã người" — per row). Good rows are
     * kept, the others come back by row and field; uploading the same list again adds nobody.
     */
    @Transactional
    AttendeeUpload upload(long campaignId, byte[] content) {
        CurrentUser user = access.currentUser();
        Campaign c = eventForCapture(user, campaignId);
        UploadedTable table;
        try {
            table = UploadedTable.read(content);
        } catch (UnreadableTableException e) {
            throw InvalidTestingInput.of("file", "UNREADABLE_FILE", e.getMessage());
        }
        List<UploadedTable.Row> rows = table.rows().stream().filter(r -> !r.blank()).toList();
        if (rows.isEmpty()) {
            throw InvalidTestingInput.of("file", "EMPTY_FILE");
        }
        List<String> header = rows.getFirst().cells().stream()
                .map(h -> Normalizer.normalize(h, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", ""))
                .toList();
        int idColumn = header.indexOf("cccd/cmnd");
        int personColumn = header.indexOf("mãngười");
        if (idColumn < 0 && personColumn < 0) {
            throw InvalidTestingInput.of("file", "NO_ID_COLUMN");
        }
        if (rows.size() - 1 > MAX_ATTENDEES) {
            throw InvalidTestingInput.of("file", "TOO_MANY_PEOPLE", MAX_ATTENDEES);
        }
        List<RowProblem> errors = new ArrayList<>();
        Set<Long> found = new LinkedHashSet<>();
        for (UploadedTable.Row row : rows.subList(1, rows.size())) {
            String citizenId = idColumn < 0 ? "" : row.cell(idColumn);
            String number = personColumn < 0 ? "" : row.cell(personColumn);
            Optional<Long> person;
            String field;
            String value;
            if (!citizenId.isEmpty()) {
                field = "CCCD/CMND";
                value = citizenId;
                if (!citizenId.matches("\\d{9}|\\d{12}")) {
                    errors.add(new RowProblem(row.number(), field, value, "BAD_CITIZEN_ID", List.of(value)));
                    continue;
                }
                person = byCitizenId(user, citizenId);
            } else if (!number.isEmpty()) {
                field = "Mã người";
                value = number;
                person = number.matches("\\d{1,18}") ? people.find(user, Long.parseLong(number)).map(p -> p.id())
                        : Optional.empty();
            } else {
                errors.add(new RowProblem(row.number(), idColumn >= 0 ? "CCCD/CMND" : "Mã người", "", "REQUIRED", List.of()));
                continue;
            }
            if (person.isEmpty()) {
                errors.add(new RowProblem(row.number(), field, value, "UNKNOWN_PERSON", List.of(value)));
            } else {
                found.add(person.get());
            }
        }
        int added = recordAttendees(c, List.copyOf(found), "uploaded");
        return new AttendeeUpload(rows.size() - 1, added, errors);
    }

    private Optional<Long> byCitizenId(CurrentUser user, String citizenId) {
        var scope = user.viewScope();
        return jdbc.sql("select p.id from people_person p where p.citizen_id = :cid and p.merged_into is null and "
                        + scope.sql("p", "workplace_id"))
                .param("cid", citizenId).param("scopeKey", scope.key()).query(Long.class).optional();
    }

    private Campaign eventForCapture(CurrentUser user, long campaignId) {
        TestingAccess.requireRead(user);
        Campaign c = campaigns.find(campaignId, user.viewScope()).orElseThrow(TestingViews::notFound);
        if (!mayCreate(user) || !user.canCapture(c.location())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (c.kind() != CampaignKind.EVENT) {
            throw InvalidTestingInput.of("campaignId", "NOT_AN_EVENT", c.name());
        }
        return c;
    }

    private int recordAttendees(Campaign c, List<Long> people, String how) {
        int added = campaigns.addAttendees(c.id(), people);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("personIds", people);
        after.put("added", added);
        audit.record(AuditTrail.Action.IMPORT, "testing_campaign", c.id(), c.location(),
                "attendees " + how + " for " + c.name() + ": " + added + " new of " + people.size(), null, after);
        return added;
    }

    /**
     * The campaign a new sample is tagged with: visible to the user and running on the sample's day
     * (the person need not be in its target group: a walk-in at an event is tested under it too).
     * Problems under {@code campaignId}.
     */
    Optional<Campaign> forSample(CurrentUser user, Long campaignId, LocalDate day, List<TestingProblem> problems) {
        if (campaignId == null) {
            return Optional.empty();
        }
        Optional<Campaign> c = campaigns.find(campaignId, user.viewScope());
        if (c.isEmpty()) {
            problems.add(TestingProblem.of("campaignId", "UNKNOWN_CAMPAIGN", campaignId));
        } else if (day != null && !c.get().covers(day)) {
            problems.add(TestingProblem.of("campaignId", "OUTSIDE_CAMPAIGN", c.get().name(), c.get().periodText()));
            return Optional.empty();
        }
        return c;
    }
}
