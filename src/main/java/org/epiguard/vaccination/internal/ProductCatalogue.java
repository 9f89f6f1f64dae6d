package org.epiguard.vaccination.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The vaccine catalogue: read by the users who work with vaccination (the lists' roles and whoever
 * records doses), kept by the system administrator, who adds products and edits everything but the
 * code (doses refer to it). Every field is checked and each problem names its field; audited.
 */
@Service
class ProductCatalogue {

    static final String CODE_PATTERN = "^[A-Z0-9_]{2,32}$";
    static final int MAX_NAME_LENGTH = 120;
    static final int MAX_INTERVAL_DAYS = 365;

    private final AccessContext access;
    private final VaccineProducts products;
    private final AuditTrail audit;

    ProductCatalogue(AccessContext access, VaccineProducts products, AuditTrail audit) {
        this.access = access;
        this.products = products;
        this.audit = audit;
    }

    static boolean mayRead(CurrentUser user) {
        return user.isAdmin() || OutreachPlaces.LIST_ROLES.contains(user.role()) || DoseEntryAccess.mayEnter(user);
    }

    /** Every product, the active ones first; 403 for users outside vaccination. */
    List<VaccineProduct> list() {
        if (!mayRead(access.currentUser())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return products.all();
    }

    /** A product to edit (administrator only), or 404. */
    VaccineProduct forEdit(String code) {
        access.requireAdmin();
        return products.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Transactional
    VaccineProduct add(ProductInput input) {
        access.requireAdmin();
        List<FieldProblem> problems = new ArrayList<>();
        String code = input.code() == null ? "" : input.code().strip();
        if (code.isEmpty()) {
            problems.add(FieldProblem.of("code", "REQUIRED"));
        } else if (!code.matches(CODE_PATTERN)) {
            problems.add(FieldProblem.of("code", "CODE_FORMAT", code));
        } else if (products.find(code).isPresent()) {
            problems.add(FieldProblem.of("code", "CODE_TAKEN", code));
        }
        VaccineProduct product = checked(code, input, problems);
        if (!products.insert(product)) {
            throw new InvalidFields("product", List.of(FieldProblem.of("code", "CODE_TAKEN", code)));
        }
        audit.record(AuditTrail.Action.CREATE, "vacc_product", code, null, "vaccine product " + code, null,
                product.auditFields());
        return product;
    }

    @Transactional
    VaccineProduct edit(String code, ProductInput input) {
        VaccineProduct before = forEdit(code);
        VaccineProduct after = checked(before.code(), input, new ArrayList<>());
        products.update(after);
        audit.record(AuditTrail.Action.UPDATE, "vacc_product", code, null, "vaccine product " + code,
                before.auditFields(), after.auditFields());
        return after;
    }

    /** The product the input describes, or {@link InvalidFields} with these and its own problems. */
    private static VaccineProduct checked(String code, ProductInput input, List<FieldProblem> problems) {
        String name = text(input.name());
        if (name == null) {
            problems.add(FieldProblem.of("name", "REQUIRED"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(FieldProblem.of("name", "TEXT_TOO_LONG", MAX_NAME_LENGTH));
        }
        String manufacturer = text(input.manufacturer());
        if (manufacturer != null && manufacturer.length() > MAX_NAME_LENGTH) {
            problems.add(FieldProblem.of("manufacturer", "TEXT_TOO_LONG", MAX_NAME_LENGTH));
        }
        Optional<Integer> primary = number("primaryDoses", input.primaryDoses(), 1, 3, problems);
        Optional<Integer> interval = number("minIntervalDays", input.minIntervalDays(), 0, MAX_INTERVAL_DAYS, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFields("product", problems);
        }
        return new VaccineProduct(code, name, manufacturer, primary.orElseThrow(), interval.orElseThrow(),
                !Boolean.FALSE.equals(input.active()));
    }

    private static Optional<Integer> number(String field, String text, int min, int max, List<FieldProblem> problems) {
        String t = text(text);
        if (t == null) {
            problems.add(FieldProblem.of(field, "REQUIRED"));
            return Optional.empty();
        }
        if (!t.matches("\\d{1,4}") || Integer.parseInt(t) < min || Integer.parseInt(t) > max) {
            problems.add(FieldProblem.of(field, "NUMBER_RANGE", t, min, max));
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(t));
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
