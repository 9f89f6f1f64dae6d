package org.epiguard.testing.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.epiguard.geo.OrgUnitType;
import org.epiguard.geo.OrgUnits;
import org.epiguard.platform.web.XlsxExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The lab pages: the manifests a site sent or a lab receives (with the unsorted flag), sending one,
 * a manifest with its receipt form for the lab, the lab's triage work list with pooling, and the
 * turnaround times.
 */
@Controller
class LabPages {

    static final int LIST_LIMIT = 200;
    static final int DEFAULT_DAYS = 7;

    private final ManifestEntry manifests;
    private final LabTriage triage;
    private final Turnaround turnaround;
    private final PoolEntry pools;
    private final TestingViews views;
    private final OrgUnits orgUnits;
    private final PageSupport support;
    private final MessageSource messages;

    LabPages(ManifestEntry manifests, LabTriage triage, Turnaround turnaround, PoolEntry pools, TestingViews views,
             OrgUnits orgUnits, PageSupport support, MessageSource messages) {
        this.messages = messages;
        this.manifests = manifests;
        this.triage = triage;
        this.turnaround = turnaround;
        this.pools = pools;
        this.views = views;
        this.orgUnits = orgUnits;
        this.support = support;
    }

    static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }

    private static boolean isLab(CurrentUser user) {
        return user.role() == Role.LABORATORY && TestingAccess.ownUnit(user) != null;
    }

    @GetMapping("/testing/manifests")
    String list(@RequestParam(required = false) Boolean received, Model model) {
        CurrentUser user = views.reader();
        model.addAttribute("manifests", manifests.latest(received, LIST_LIMIT));
        model.addAttribute("received", received);
        model.addAttribute("mayEnter", TestingAccess.mayEnter(user));
        model.addAttribute("isLab", isLab(user));
        model.addAttribute("ui", support);
        return "testing/manifests";
    }

    @GetMapping("/testing/manifests/new")
    String form(Model model) {
        return form(model, new ManifestInput(null, null, Fields.show(Instant.now()), true, List.of()), Map.of());
    }

    @PostMapping("/testing/manifests/new")
    String create(@RequestParam(required = false) Long senderUnitId, @RequestParam(required = false) Long labUnitId,
                  @RequestParam(required = false) String sentAt, @RequestParam(defaultValue = "false") boolean declaredSorted,
                  @RequestParam(defaultValue = "") String sampleBarcodes, Model model) {
        ManifestInput input = new ManifestInput(senderUnitId, labUnitId, sentAt, declaredSorted, lines(sampleBarcodes));
        try {
            return "redirect:/testing/manifests/" + manifests.create(input).id();
        } catch (InvalidTestingInput e) {
            return form(model, input, support.errors(e));
        }
    }

    private String form(Model model, ManifestInput input, Map<String, String> errors) {
        CurrentUser user = views.reader();
        TestingAccess.requireEntry(user);
        model.addAttribute("units", orgUnits.inScope(user.viewScope()).stream()
                .filter(u -> u.type() != OrgUnitType.LABORATORY).toList());
        model.addAttribute("labs", support.labsOf(user));
        model.addAttribute("input", input);
        model.addAttribute("barcodes", String.join("\n", input.sampleBarcodes()));
        model.addAttribute("errors", errors);
        return "testing/manifest-form";
    }

    @GetMapping("/testing/manifests/{id}")
    String manifest(@PathVariable long id, Model model) {
        return manifest(model, id, Fields.show(Instant.now()), "", Map.of());
    }

    @PostMapping("/testing/manifests/{id}/receipt")
    String receive(@PathVariable long id, @RequestParam(required = false) String receivedAt,
                   @RequestParam(defaultValue = "") String barcodes, Model model) {
        try {
            manifests.receive(id, new ReceiptInput(receivedAt, lines(barcodes)));
            return "redirect:/testing/manifests/" + id;
        } catch (InvalidTestingInput e) {
            return manifest(model, id, receivedAt, barcodes, support.errors(e));
        }
    }

    private String manifest(Model model, long id, String receivedAt, String scanned, Map<String, String> errors) {
        CurrentUser user = views.reader();
        var manifest = manifests.view(id);
        Long own = TestingAccess.ownUnit(user);
        model.addAttribute("m", manifest);
        boolean ownLab = own != null && own == manifest.labUnitId();
        model.addAttribute("mayReceive", manifest.receivedAt() == null && ownLab);
        model.addAttribute("toTriage", manifest.receivedAt() != null && ownLab);
        model.addAttribute("receivedAt", receivedAt);
        model.addAttribute("scanned", scanned);
        model.addAttribute("errors", errors);
        model.addAttribute("ui", support);
        return "testing/manifest";
    }

    @GetMapping("/testing/triage")
    String triage(@RequestParam(required = false) String pooled, Model model) {
        return triage(model, pooled, null, Map.of());
    }

    @PostMapping("/testing/triage/pools")
    String pool(@RequestParam(required = false) String barcode, @RequestParam(required = false) String areaRisk,
                @RequestParam(required = false) String pooledAt, @RequestParam(required = false) List<String> sampleBarcodes,
                @RequestParam(required = false) String priority, Model model) {
        Long lab = TestingAccess.ownUnit(views.reader());
        try {
            PoolRow row = pools.record(new PoolInput(barcode, areaRisk, pooledAt,
                    sampleBarcodes == null ? List.of() : sampleBarcodes, null, lab));
            return "redirect:/testing/triage?pooled=" + UriUtils.encodeQueryParam(row.barcode(), StandardCharsets.UTF_8);
        } catch (InvalidTestingInput e) {
            return triage(model, null, priority, support.errors(e));
        }
    }

    private String triage(Model model, String pooled, String failedGroup, Map<String, String> errors) {
        model.addAttribute("work", triage.workList(Instant.now()));
        model.addAttribute("pooled", pooled);
        model.addAttribute("failedGroup", failedGroup);
        model.addAttribute("errors", errors);
        model.addAttribute("now", Fields.show(Instant.now()));
        model.addAttribute("ui", support);
        return "testing/triage";
    }

    @GetMapping("/testing/turnaround/export.xlsx")
    void turnaroundXlsx(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        HttpServletResponse response) throws IOException {
        Turnaround.Report report = turnaround.report(from, to);
        var locale = LocaleContextHolder.getLocale();
        List<String> headers = List.of("part", "name", "count", "collectionMedian", "collectionP90", "receiptCount",
                "receiptMedian", "receiptP90").stream()
                .map(k -> messages.getMessage("testing.lab." + k, null, locale)).toList();
        String bySite = messages.getMessage("testing.lab.bySite", null, locale);
        String byLab = messages.getMessage("testing.lab.byLab", null, locale);
        XlsxExport.send(response, "turnaround", messages.getMessage("testing.lab.turnaround",
                null, locale), headers, x -> {
            report.bySite().forEach(f -> row(x, bySite, f.name(), f));
            report.byLab().forEach(f -> row(x, byLab, f.name(), f));
            row(x, messages.getMessage("testing.lab.total", null, locale), "", report.total());
        });
    }

    private static void row(XlsxExport x, String part, String name, Turnaround.Figures f) {
        x.row(part, name, f.count(), f.medianHours(), f.p90Hours(), f.receivedCount(), f.receiptMedianHours(),
                f.receiptP90Hours());
    }

    @GetMapping("/testing/turnaround")
    String turnaround(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        views.reader();
        LocalDate today = Fields.dayOf(Instant.now());
        String shownFrom = from != null ? from : Fields.show(today.minusDays(DEFAULT_DAYS - 1));
        String shownTo = to != null ? to : Fields.show(today);
        model.addAttribute("from", shownFrom);
        model.addAttribute("to", shownTo);
        try {
            model.addAttribute("report", turnaround.report(shownFrom, shownTo));
            model.addAttribute("errors", Map.of());
        } catch (InvalidTestingInput e) {
            model.addAttribute("errors", support.errors(e));
        }
        return "testing/turnaround";
    }
}
