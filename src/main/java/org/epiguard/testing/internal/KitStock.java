package org.epiguard.testing.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.access.Role;
import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.Population;
import org.epiguard.geo.PopulationFacts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rapid-test kits per commune against its population (the directive: kits equal to the population).
 * Receipts are entered by the district or province, adjustments (lost, expired, found) also by the
 * commune health station, each inside the capture scope (else 403, nothing written) and audited;
 * the stock is received plus adjusted minus the professional rapid tests done in the commune.
 */
@Service
class KitStock {

    /** Who enters receipts: the district command centre and the province. */
    static final Set<Role> RECEIPTS = EnumSet.of(Role.DISTRICT_COMMAND, Role.PROVINCE_COMMITTEE);
    /** Who adjusts the stock: those, and the commune health station. */
    static final Set<Role> ADJUSTMENTS = EnumSet.of(Role.DISTRICT_COMMAND, Role.PROVINCE_COMMITTEE,
            Role.COMMUNE_HEALTH_STATION);
    static final int MAX_QUANTITY = 10_000_000;
    static final int MAX_SOURCE = 200;
    /** 10.000 or 10,000 or 10 000 as officials type thousands. */
    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile("-?\\d{1,3}([., ]\\d{3})+");

    record ReceiptInput(String communeCode, String receivedOn, String quantity, String source) {
    }

    record AdjustmentInput(String communeCode, String adjustedOn, String quantity, String reason) {
    }

    /** A commune's kits on a day; population null when none is known, coverage in percent of it. */
    record CommuneStock(String communeCode, String name, String districtCode, Long population, long received,
                        long adjusted, long used, long stock, Double coverage, Long shortfall) {
    }

    record Report(String areaCode, String areaName, LocalDate on, List<CommuneStock> communes, CommuneStock total) {
    }

    private final AccessContext access;
    private final KitMovements movements;
    private final StatsArea areas;
    private final GeoDirectory geo;
    private final PopulationFacts population;
    private final AuditTrail audit;

    KitStock(AccessContext access, KitMovements movements, StatsArea areas, GeoDirectory geo, PopulationFacts population,
             AuditTrail audit) {
        this.access = access;
        this.movements = movements;
        this.areas = areas;
        this.geo = geo;
        this.population = population;
        this.audit = audit;
    }

    Report report(String areaCode, String dateText) {
        CurrentUser user = access.currentUser();
        TestingAccess.requireRead(user);
        StatsArea.Area area = areas.resolve(user, areaCode);
        List<TestingProblem> problems = new ArrayList<>();
        LocalDate on = dateText == null || dateText.isBlank() ? LocalDate.now(Fields.ZONE)
                : Fields.date("date", dateText, problems).orElse(null);
        InvalidTestingInput.throwIfAny(problems);
        Map<String, Population> people = populations(area);
        List<CommuneStock> communes = movements.counts(area, on).stream()
                .map(c -> stock(c.communeCode(), geo.name(c.communeCode()),
                        geo.unit(c.communeCode()).map(u -> u.districtCode()).orElse(null),
                        Optional.ofNullable(people.get(c.communeCode())).filter(p -> p.origin() != Population.Origin.MISSING)
                                .map(Population::total).orElse(null), c.received(), c.adjusted(), c.used()))
                .toList();
        boolean allKnown = communes.stream().allMatch(c -> c.population() != null);
        CommuneStock total = stock(area.code(), area.unit() == null ? "" : geo.name(area.code()), null,
                allKnown ? communes.stream().mapToLong(CommuneStock::population).sum() : null,
                communes.stream().mapToLong(CommuneStock::received).sum(),
                communes.stream().mapToLong(CommuneStock::adjusted).sum(),
                communes.stream().mapToLong(CommuneStock::used).sum());
        return new Report(area.code(), area.unit() == null ? "" : geo.describe(area.code()), on, communes, total);
    }

    private static CommuneStock stock(String code, String name, String district, Long people, long received,
                                      long adjusted, long used) {
        long stock = received + adjusted - used;
        Double coverage = people == null || people == 0 ? null : Math.round(stock * 10000.0 / people) / 100.0;
        Long shortfall = people == null ? null : Math.max(0, people - stock);
        return new CommuneStock(code, name, district, people, received, adjusted, used, stock, coverage, shortfall);
    }

    private Map<String, Population> populations(StatsArea.Area area) {
        Map<String, Population> byCode = new HashMap<>();
        if (area.unit() == null) {
            return byCode;
        }
        List<String> districts = switch (area.unit().level()) {
            case PROVINCE -> geo.children(area.code()).stream().map(u -> u.code()).toList();
            case DISTRICT -> List.of(area.code());
            case COMMUNE -> List.of();
        };
        districts.forEach(d -> population.childrenOf(d).forEach(p -> byCode.put(p.unitCode(), p)));
        if (area.unit().level() == AdminLevel.COMMUNE) {
            population.population(area.code()).ifPresent(p -> byCode.put(p.unitCode(), p));
        }
        return byCode;
    }

    /** The receipts and adjustments of a commune inside the view scope (else 404), newest first. */
    List<KitMovements.Movement> movements(String communeCode, int limit) {
        CurrentUser user = access.currentUser();
        TestingAccess.requireRead(user);
        var commune = geo.unit(communeCode).filter(u -> u.level() == AdminLevel.COMMUNE && StatsArea.visible(user, u))
                .orElseThrow(TestingViews::notFound);
        return movements.ofCommune(commune.code(), limit);
    }

    @Transactional
    KitMovements.Movement receive(ReceiptInput input) {
        return record(KitMovements.Kind.RECEIPT, RECEIPTS, input.communeCode(), "receivedOn", input.receivedOn(),
                input.quantity(), "source", input.source());
    }

    @Transactional
    KitMovements.Movement adjust(AdjustmentInput input) {
        return record(KitMovements.Kind.ADJUSTMENT, ADJUSTMENTS, input.communeCode(), "adjustedOn", input.adjustedOn(),
                input.quantity(), "reason", input.reason());
    }

    private KitMovements.Movement record(KitMovements.Kind kind, Set<Role> roles, String communeCode, String dateField,
                                         String dateText, String quantityText, String sourceField, String sourceText) {
        CurrentUser user = access.currentUser();
        if (!roles.contains(user.role())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        List<TestingProblem> problems = new ArrayList<>();
        Optional<Location> commune = commune(communeCode, problems);
        commune.ifPresent(access::requireCapture);
        Optional<LocalDate> on = Fields.date(dateField, dateText, problems);
        if (on.isPresent() && on.get().isAfter(LocalDate.now(Fields.ZONE))) {
            problems.add(TestingProblem.of(dateField, "FUTURE_TIME"));
        } else if (on.isPresent() && on.get().isBefore(Fields.EARLIEST)) {
            problems.add(TestingProblem.of(dateField, "TOO_EARLY", Fields.show(Fields.EARLIEST)));
        }
        Integer quantity = quantity(kind, quantityText, problems);
        String source = sourceText == null ? "" : sourceText.strip();
        if (source.isEmpty()) {
            problems.add(TestingProblem.of(sourceField, "REQUIRED"));
        } else if (source.length() > MAX_SOURCE) {
            problems.add(TestingProblem.of(sourceField, "TOO_LONG", MAX_SOURCE));
        }
        InvalidTestingInput.throwIfAny(problems);
        long id = movements.insert(kind, commune.orElseThrow(), on.orElseThrow(), quantity, source, user.id());
        audit.record(AuditTrail.Action.CREATE, "testing_kit_movement", id, commune.get(),
                kind + " of " + quantity + " rapid-test kits for " + communeCode.strip(), null,
                Map.of("kind", kind.name(), "communeCode", communeCode.strip(), "on", on.get().toString(),
                        "quantity", quantity, sourceField, source));
        return movements.ofCommune(commune.get().communeCode(), 50).stream().filter(m -> m.id() == id).findFirst()
                .orElseThrow();
    }

    private Optional<Location> commune(String code, List<TestingProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(TestingProblem.of("communeCode", "REQUIRED"));
            return Optional.empty();
        }
        Optional<Location> commune = geo.communeLocation(code.strip());
        if (commune.isEmpty()) {
            problems.add(TestingProblem.of("communeCode", "UNKNOWN_COMMUNE", code.strip()));
        }
        return commune;
    }

    private static Integer quantity(KitMovements.Kind kind, String text, List<TestingProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(TestingProblem.of("quantity", "REQUIRED"));
            return null;
        }
        String digits = text.strip();
        if (GROUPED.matcher(digits).matches()) {
            digits = digits.replaceAll("[., ]", "");
        }
        if (!digits.matches("-?\\d{1,18}")) {
            problems.add(TestingProblem.of("quantity", "BAD_NUMBER", text));
            return null;
        }
        long quantity = Long.parseLong(digits);
        if (kind == KitMovements.Kind.RECEIPT && quantity <= 0) {
            problems.add(TestingProblem.of("quantity", "NOT_POSITIVE"));
        } else if (quantity == 0) {
            problems.add(TestingProblem.of("quantity", "ZERO"));
        } else if (Math.abs(quantity) > MAX_QUANTITY) {
            problems.add(TestingProblem.of("quantity", "TOO_LARGE", MAX_QUANTITY));
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, quantity));
    }
}
