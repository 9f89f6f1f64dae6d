package org.epiguard.testing.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.geo.OrgUnit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Manifests of samples sent by a collection site to a lab, and their receipt at the lab.
 * <ul>
 *   <li>The sender lists the samples it collected (each in its view scope, of the sending unit, not
 *   resulted, not travelling in another manifest, not meant for another lab); the sending unit must lie
 *   in its capture scope (else 403). A list out of priority order when declared sorted, or with a
 *   never-pooled (symptomatic, F1) sample after a poolable one, is flagged unsorted for the sender.</li>
 *   <li>The lab the manifest is addressed to marks it received with the barcodes it scanned: the
 *   listed ones not scanned are missing, the scanned ones not listed extra.</li>
 * </ul>
 * Each written with its audit record in one transaction; a manifest outside the view scope is 404.
 */
@Service
class ManifestEntry {

    static final int MAX_SAMPLES = 2000;

    /** Why a manifest is flagged unsorted: a code (message {@code testing.lab.unsorted.<code>}) and the position. */
    record Flag(String code, int position) {
    }

    record ManifestView(long id, long senderUnitId, String senderName, long labUnitId, String labName, Instant sentAt,
                        boolean declaredSorted, boolean unsorted, List<Flag> flags, Instant receivedAt, int sampleCount,
                        int receivedCount, List<ManifestRepository.Item> items, List<String> missing, List<String> extra) {
    }

    private final AccessContext access;
    private final UnitChecks units;
    private final SampleRepository samples;
    private final TestRepository tests;
    private final ManifestRepository manifests;
    private final AuditTrail audit;

    ManifestEntry(AccessContext access, UnitChecks units, SampleRepository samples, TestRepository tests,
                  ManifestRepository manifests, AuditTrail audit) {
        this.access = access;
        this.units = units;
        this.samples = samples;
        this.tests = tests;
        this.manifests = manifests;
        this.audit = audit;
    }

    @Transactional
    ManifestView create(ManifestInput input) {
        CurrentUser user = access.currentUser();
        TestingAccess.requireEntry(user);
        List<TestingProblem> problems = new ArrayList<>();
        Long senderId = input.senderUnitId() != null ? input.senderUnitId() : TestingAccess.ownUnit(user);
        Optional<OrgUnit> sender = Optional.empty();
        if (senderId == null) {
            problems.add(TestingProblem.of("senderUnitId", "REQUIRED"));
        } else {
            sender = units.visible(user, "senderUnitId", senderId, problems);
            sender.ifPresent(u -> access.requireCapture(u.location().withUnit(u.id())));
        }
        if (input.labUnitId() == null) {
            problems.add(TestingProblem.of("labUnitId", "REQUIRED"));
        }
        Optional<OrgUnit> lab = units.lab("labUnitId", input.labUnitId(), problems);
        Optional<Instant> sentAt = Fields.pastTime("sentAt", input.sentAt(), problems);
        List<SampleRow> listed = listed(user, sender.orElse(null), lab.orElse(null), input.sampleBarcodes(), problems);
        sentAt.flatMap(at -> listed.stream().filter(s -> s.collectedAt().isAfter(at)).findFirst())
                .ifPresent(s -> problems.add(TestingProblem.of("sentAt", "BEFORE_COLLECTION", Fields.show(s.collectedAt()))));
        InvalidTestingInput.throwIfAny(problems);

        boolean declaredSorted = Boolean.TRUE.equals(input.declaredSorted());
        List<Priority> order = listed.stream().map(SampleRow::priority).toList();
        Integer priorityBreak = declaredSorted ? priorityBreak(order) : null;
        Integer neverPooledMixed = neverPooledMixed(order);
        OrgUnit from = sender.orElseThrow();
        List<Long> ids = listed.stream().map(SampleRow::id).toList();
        long id = manifests.insert(from.id(), lab.orElseThrow().id(), sentAt.orElseThrow(), declaredSorted, priorityBreak,
                neverPooledMixed, from.location(), ids, user.id());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("senderUnitId", from.id());
        after.put("labUnitId", lab.get().id());
        after.put("sentAt", sentAt.get().toString());
        after.put("declaredSorted", declaredSorted);
        after.put("samples", listed.stream().map(SampleRow::barcode).toList());
        after.put("priorityBreakAt", priorityBreak);
        after.put("neverPooledMixedAt", neverPooledMixed);
        audit.record(AuditTrail.Action.CREATE, "testing_manifest", id, from.location(),
                "manifest of " + ids.size() + " samples from " + from.name() + " to " + lab.get().name(), null, after);
        return view(id);
    }

    /** The 1-based position of the first sample of a more urgent priority than the one before it, or null. */
    static Integer priorityBreak(List<Priority> order) {
        for (int i = 1; i < order.size(); i++) {
            if (order.get(i).ordinal() < order.get(i - 1).ordinal()) {
                return i + 1;
            }
        }
        return null;
    }

    /** The 1-based position of the first never-pooled sample listed after a poolable one, or null. */
    static Integer neverPooledMixed(List<Priority> order) {
        boolean poolableSeen = false;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).poolable()) {
                poolableSeen = true;
            } else if (poolableSeen) {
                return i + 1;
            }
        }
        return null;
    }

    /** The listed samples, locked, each checked under its own field ({@code sampleBarcodes[i]}). */
    private List<SampleRow> listed(CurrentUser user, OrgUnit sender, OrgUnit lab, List<String> barcodes,
                                   List<TestingProblem> problems) {
        if (barcodes == null || barcodes.isEmpty()) {
            problems.add(TestingProblem.of("sampleBarcodes", "REQUIRED"));
            return List.of();
        }
        if (barcodes.size() > MAX_SAMPLES) {
            problems.add(TestingProblem.of("sampleBarcodes", "MANIFEST_TOO_LONG", barcodes.size(), MAX_SAMPLES));
            return List.of();
        }
        List<SampleRow> listed = new ArrayList<>();
        BarcodeList.check("sampleBarcodes", barcodes, problems, (field, code) -> {
            Optional<SampleRow> sample = samples.lockByBarcode(code, user.viewScope());
            if (sample.isEmpty()) {
                problems.add(TestingProblem.of(field, "UNKNOWN_SAMPLE", code));
                return;
            }
            SampleRow s = sample.get();
            Optional<Long> carrying = manifests.carrying(s.id());
            if (sender != null && !takenBy(s, sender)) {
                problems.add(TestingProblem.of(field, "OTHER_UNIT", code, sender.name()));
            } else if (lab != null && s.labUnitId() != null && s.labUnitId() != lab.id()) {
                problems.add(TestingProblem.of(field, "OTHER_LAB", code,
                        units.find(s.labUnitId()).map(OrgUnit::name).orElse("#" + s.labUnitId())));
            } else if (carrying.isPresent()) {
                problems.add(TestingProblem.of(field, "IN_OTHER_MANIFEST", code, carrying.get()));
            } else if (s.poolBarcode() != null || tests.hasResult(s.id())) {
                problems.add(TestingProblem.of(field, "ALREADY_RESULTED", code));
            } else {
                listed.add(s);
            }
        });
        return listed;
    }

    /**
     * Whether the sending unit took the sample: it collected it, or (no collecting unit named) it
     * was taken at the unit, or (neither named) in the unit's commune.
     */
    private static boolean takenBy(SampleRow s, OrgUnit sender) {
        if (s.collectingUnitId() != null) {
            return s.collectingUnitId() == sender.id();
        }
        if (s.placeUnitId() != null) {
            return s.placeUnitId() == sender.id();
        }
        return Objects.equals(s.placeCommuneCode(), sender.communeCode());
    }

    @Transactional
    ManifestView receive(long id, ReceiptInput input) {
        CurrentUser user = access.currentUser();
        TestingAccess.requireEntry(user);
        var manifest = manifests.lock(id, user.viewScope()).orElseThrow(TestingViews::notFound);
        Long own = TestingAccess.ownUnit(user);
        if (own == null || own != manifest.labUnitId()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only the lab the manifest is addressed to receives it");
        }
        access.requireCapture(manifest.location().withUnit(own));
        List<TestingProblem> problems = new ArrayList<>();
        if (manifest.receivedAt() != null) {
            problems.add(TestingProblem.of("receivedAt", "ALREADY_RECEIVED", Fields.show(manifest.receivedAt())));
        }
        Optional<Instant> at = Fields.pastTime("receivedAt", input.receivedAt(), problems);
        if (at.isPresent() && at.get().isBefore(manifest.sentAt())) {
            problems.add(TestingProblem.of("receivedAt", "BEFORE_SENT", Fields.show(manifest.sentAt())));
        }
        List<String> scanned = new ArrayList<>();
        if (input.barcodes() == null || input.barcodes().isEmpty()) {
            problems.add(TestingProblem.of("barcodes", "REQUIRED"));
        } else {
            BarcodeList.check("barcodes", input.barcodes(), problems, (field, code) -> scanned.add(code));
        }
        InvalidTestingInput.throwIfAny(problems);
        manifests.receive(id, at.orElseThrow(), scanned, user.id());
        ManifestView view = view(id);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("receivedAt", at.get().toString());
        after.put("missing", view.missing());
        after.put("extra", view.extra());
        audit.record(AuditTrail.Action.UPDATE, "testing_manifest", id, manifest.location(), "manifest " + id
                + " received: " + view.receivedCount() + " of " + view.sampleCount() + " samples", null, after);
        return view;
    }

    /** A manifest with its samples, missing and extra barcodes; 404 outside the view scope. */
    ManifestView view(long id) {
        CurrentUser user = access.currentUser();
        TestingAccess.requireRead(user);
        var m = manifests.byId(id, user.viewScope()).orElseThrow(TestingViews::notFound);
        List<ManifestRepository.Item> items = manifests.items(id, user.viewScope());
        List<String> missing = items.stream().filter(i -> Boolean.FALSE.equals(i.received()))
                .map(ManifestRepository.Item::barcode).toList();
        return summary(m, items, missing, m.receivedAt() == null ? List.of() : manifests.extras(id));
    }

    /** The manifests in the user's view scope, newest first, without their samples. */
    List<ManifestView> latest(Boolean received, int limit) {
        CurrentUser user = access.currentUser();
        TestingAccess.requireRead(user);
        return manifests.latest(user.viewScope(), received, limit).stream()
                .map(m -> summary(m, List.of(), List.of(), List.of())).toList();
    }

    private static ManifestView summary(ManifestRepository.ManifestRow m, List<ManifestRepository.Item> items,
                                        List<String> missing, List<String> extra) {
        List<Flag> flags = new ArrayList<>();
        if (m.priorityBreakAt() != null) {
            flags.add(new Flag("MIXED_PRIORITIES", m.priorityBreakAt()));
        }
        if (m.neverPooledMixedAt() != null) {
            flags.add(new Flag("NEVER_POOLED_MIXED", m.neverPooledMixedAt()));
        }
        return new ManifestView(m.id(), m.senderUnitId(), m.senderName(), m.labUnitId(), m.labName(), m.sentAt(),
                m.declaredSorted(), m.unsorted(), flags, m.receivedAt(), m.sampleCount(), m.receivedCount(), items,
                missing, extra);
    }
}
