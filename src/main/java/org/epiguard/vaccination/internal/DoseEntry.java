package org.epiguard.vaccination.internal;

import org.epiguard.vaccination.DosesRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.OrgUnit;
import org.epiguard.geo.OrgUnits;
import org.epiguard.people.PeopleDirectory;
import org.epiguard.people.PersonHit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Single dose entry: the person must be in the user's view scope (else 404), the dose (at the
 * person's commune, with the site as its unit) in their capture scope (else 403). Every field is
 * checked and each problem names its field; a shorter interval than the product's minimum is a
 * warning the user confirms. Written with an audit record in the same transaction.
 */
@Service
class DoseEntry {

    static final int MAX_DOSE_NUMBER = 6;
    static final int MAX_LOT_LENGTH = 40;

    private final AccessContext access;
    private final PeopleDirectory people;
    private final GeoDirectory geo;
    private final OrgUnits orgUnits;
    private final VaccineProducts products;
    private final DoseRepository doses;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    DoseEntry(AccessContext access, PeopleDirectory people, GeoDirectory geo, OrgUnits orgUnits,
              VaccineProducts products, DoseRepository doses, AuditTrail audit, ApplicationEventPublisher events) {
        this.access = access;
        this.people = people;
        this.geo = geo;
        this.orgUnits = orgUnits;
        this.products = products;
        this.doses = doses;
        this.audit = audit;
        this.events = events;
    }

    CurrentUser currentUser() {
        return access.currentUser();
    }

    /** The person inside the current user's view scope, or 404. */
    PersonHit person(long personId) {
        return people.find(access.currentUser(), personId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    Location locationOf(PersonHit person) {
        return geo.communeLocation(person.communeCode())
                .orElseThrow(() -> new IllegalStateException("person " + person.id() + " lives in no commune"));
    }

    /** The dose number that comes next for the person (1 for someone with none). */
    int nextNumber(long personId) {
        return doses.dosesOf(personId).stream().mapToInt(DoseRecord::doseNumber).max().orElse(0) + 1;
    }

    @Transactional
    DoseRecord record(DoseInput input) {
        CurrentUser user = access.currentUser();
        DoseEntryAccess.require(user);
        if (input.personId() == null) {
            throw new InvalidDose(List.of(FieldProblem.of("personId", "REQUIRED")));
        }
        PersonHit person = person(input.personId());
        Location home = locationOf(person);
        Optional<OrgUnit> site = input.siteOrgId() == null ? Optional.empty()
                : orgUnits.find(input.siteOrgId()).filter(u -> u.active() && user.canView(u.location()));
        access.requireCapture(home.withUnit(input.siteOrgId()));

        List<DoseRecord> earlier = doses.dosesOf(person.id());
        List<FieldProblem> problems = new ArrayList<>();
        if (input.siteOrgId() != null && site.isEmpty()) {
            problems.add(FieldProblem.of("siteOrgId", "UNKNOWN_SITE"));
        }
        Optional<VaccineProduct> product = checkProduct(input.productCode(), problems);
        Optional<LocalDate> date = checkDate(input.doseDate(), problems);
        int number = input.doseNumber() == null
                ? earlier.stream().mapToInt(DoseRecord::doseNumber).max().orElse(0) + 1 : input.doseNumber();
        String lot = input.lot() == null || input.lot().isBlank() ? null : input.lot().strip();
        if (lot != null && lot.length() > MAX_LOT_LENGTH) {
            problems.add(FieldProblem.of("lot", "LOT_TOO_LONG", MAX_LOT_LENGTH));
        }
        if (number < 1 || number > MAX_DOSE_NUMBER) {
            problems.add(FieldProblem.of("doseNumber", "DOSE_NUMBER_RANGE", MAX_DOSE_NUMBER));
        } else {
            earlier.stream().filter(d -> d.doseNumber() == number).findFirst().ifPresent(d -> problems.add(
                    FieldProblem.of("doseNumber", "DOSE_TAKEN", number, DoseDates.show(d.doseDate()), d.productName())));
            if (date.isPresent()) {
                checkOrder(number, date.get(), earlier, Boolean.TRUE.equals(input.confirmShortInterval()), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDose(problems);
        }
        DoseDraft draft = new DoseDraft(product.orElseThrow().code(), lot, date.orElseThrow(), number,
                site.map(OrgUnit::id).orElse(null), site.map(OrgUnit::name).orElse(null));
        long id = doses.insert(person.id(), draft, home);
        if (id < 0) {
            throw new InvalidDose(List.of(FieldProblem.of("doseNumber", "DOSE_TAKEN_NOW", number)));
        }
        audit.record(AuditTrail.Action.CREATE, "vacc_dose", id, home,
                "dose " + number + " " + draft.productCode() + " for person " + person.id(), null,
                draft.auditFields(person.id()));
        events.publishEvent(new DosesRecorded(Set.of(home.provinceCode()), Set.of(home.districtCode()),
                Set.of(home.communeCode()), draft.doseDate(), draft.doseDate(), 1));
        return doses.dosesOf(person.id()).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    private Optional<VaccineProduct> checkProduct(String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(FieldProblem.of("productCode", "REQUIRED"));
            return Optional.empty();
        }
        Optional<VaccineProduct> product = products.find(code.strip());
        if (product.isEmpty()) {
            problems.add(FieldProblem.of("productCode", "UNKNOWN_PRODUCT", code));
        } else if (!product.get().active()) {
            problems.add(FieldProblem.of("productCode", "INACTIVE_PRODUCT", product.get().name()));
        }
        return product;
    }

    private Optional<LocalDate> checkDate(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of("doseDate", "REQUIRED"));
            return Optional.empty();
        }
        Optional<LocalDate> date = DoseDates.parse(text);
        if (date.isEmpty()) {
            problems.add(FieldProblem.of("doseDate", "BAD_DATE", text));
        } else if (date.get().isAfter(DoseDates.today())) {
            problems.add(FieldProblem.of("doseDate", "FUTURE_DATE"));
            return Optional.empty();
        } else if (date.get().isBefore(DoseDates.EARLIEST)) {
            problems.add(FieldProblem.of("doseDate", "TOO_EARLY", DoseDates.show(DoseDates.EARLIEST)));
            return Optional.empty();
        }
        return date;
    }

    /** Against the doses around it: not before an earlier-numbered dose, not after a later one, the interval kept. */
    private static void checkOrder(int number, LocalDate date, List<DoseRecord> earlier, boolean confirmed,
                                   List<FieldProblem> problems) {
        Optional<DoseRecord> previous = earlier.stream().filter(d -> d.doseNumber() < number)
                .max(Comparator.comparingInt(DoseRecord::doseNumber));
        Optional<DoseRecord> next = earlier.stream().filter(d -> d.doseNumber() > number)
                .min(Comparator.comparingInt(DoseRecord::doseNumber));
        if (previous.isPresent() && !date.isAfter(previous.get().doseDate())) {
            problems.add(FieldProblem.of("doseDate", "BEFORE_PREVIOUS", previous.get().doseNumber(),
                    DoseDates.show(previous.get().doseDate())));
        } else if (next.isPresent() && !date.isBefore(next.get().doseDate())) {
            problems.add(FieldProblem.of("doseDate", "AFTER_NEXT", next.get().doseNumber(),
                    DoseDates.show(next.get().doseDate())));
        } else if (previous.isPresent() && !confirmed) {
            int minDays = previous.get().productMinIntervalDays();
            long days = ChronoUnit.DAYS.between(previous.get().doseDate(), date);
            if (days < minDays) {
                problems.add(FieldProblem.warning("doseDate", "SHORT_INTERVAL", days, minDays,
                        previous.get().productName()));
            }
        }
    }
}
