package org.epiguard.tracing.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.CurrentUser;
import org.epiguard.platform.web.ListPage;
import org.epiguard.platform.web.XlsxExport;
import org.epiguard.platform.web.ListQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The cluster pages: the list, one cluster with its forms (name, source, close, merge, split), the
 * unknown sources; the list and the unknown sources export to XLSX (the latter, with names, audited).
 */
@Controller
@RequestMapping("/tracing")
class ClusterPages {

    private final ClusterViews views;
    private final ClusterEditing editing;
    private final ContactLists lists;
    private final ContactPageSupport ui;

    ClusterPages(ClusterViews views, ClusterEditing editing, ContactLists lists, ContactPageSupport ui) {
        this.views = views;
        this.editing = editing;
        this.lists = lists;
        this.ui = ui;
    }

    @GetMapping("/clusters")
    String clusters(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
                    @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                    @RequestParam(required = false) String dir, @RequestParam(required = false) String area, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("result", views.page(status, area,
                ListQuery.of(page, size, sort, dir == null ? "desc" : dir, ClusterRepository.SORTABLE, "last")));
        model.addAttribute("ui", ui);
        return "tracing/clusters";
    }

    @GetMapping("/clusters/{id}")
    String cluster(@PathVariable long id, Model model) {
        CurrentUser user = lists.reader();
        ClusterViews.Detail detail = views.detail(id);
        model.addAttribute("d", detail);
        model.addAttribute("c", detail.cluster());
        model.addAttribute("maxDay", detail.perDay().stream().mapToLong(ClusterRepository.Day::cases).max().orElse(1));
        model.addAttribute("mayEdit", ContactAccess.ENTRY.contains(user.role()) && user.canCapture(detail.cluster().home()));
        model.addAttribute("ui", ui);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "tracing/cluster";
    }

    @PostMapping("/clusters/{id}")
    String describe(@PathVariable long id, @RequestParam(required = false) String name,
                    @RequestParam(required = false) String suspectedSource,
                    @RequestParam(required = false) Long sourceCaseId, Model model) {
        return attempt(id, model, () -> {
            editing.describe(id, new ClusterEditing.Description(name, suspectedSource, sourceCaseId));
            return id;
        });
    }

    @PostMapping("/clusters/{id}/close")
    String close(@PathVariable long id, @RequestParam(defaultValue = "false") boolean reopen) {
        editing.setOpen(id, reopen);
        return "redirect:/tracing/clusters/" + id;
    }

    @PostMapping("/clusters/{id}/merge")
    String merge(@PathVariable long id, @RequestParam(required = false) Long otherClusterId, Model model) {
        return attempt(id, model, () -> {
            editing.merge(id, otherClusterId);
            return id;
        });
    }

    @PostMapping("/clusters/{id}/split")
    String split(@PathVariable long id, @RequestParam(required = false) List<Long> caseIds,
                 @RequestParam(required = false) String name, Model model) {
        return attempt(id, model, () -> editing.split(id, caseIds, name));
    }

    @GetMapping("/clusters/export.xlsx")
    void export(@RequestParam(required = false) String status, @RequestParam(required = false) String area,
                HttpServletResponse response) throws IOException {
        lists.reader();
        List<String> headers = List.of("tracing.cluster.number", "tracing.cluster.name", "tracing.cluster.status",
                "tracing.cluster.cases", "tracing.cluster.districts", "tracing.cluster.communes", "tracing.cluster.first",
                "tracing.cluster.last", "tracing.cluster.source").stream().map(ui::label).toList();
        XlsxExport.send(response, "o-dich", "clusters", headers, x -> {
            for (int page = 0; ; page++) {
                ListPage<ClusterRow> rows = views.page(status, area, ListQuery.of(page, ListQuery.MAX_SIZE, "id", "asc",
                        ClusterRepository.SORTABLE, "id"));
                rows.rows().forEach(c -> x.row(c.id(), c.name(), ui.label("tracing.clusterStatus." + c.status()), c.cases(),
                        c.districts(), c.communes(), ui.time(c.firstConfirmedAt()), ui.time(c.lastConfirmedAt()),
                        c.suspectedSource()));
                if (!rows.hasNext()) {
                    break;
                }
            }
        });
    }

    @GetMapping("/unknown-source/export.xlsx")
    void exportUnknownSource(HttpServletResponse response) throws IOException {
        List<String> headers = List.of("tracing.contact.commune", "tracing.contact.case", "tracing.contact.person",
                "tracing.contact.birthYear", "tracing.cluster.confirmed", "tracing.cluster.number")
                .stream().map(ui::label).toList();
        List<ClusterViews.UnknownCommune> communes = views.exportUnknownSource();
        XlsxExport.send(response, "ca-chua-ro-nguon", "unknown-source", headers, x -> communes.forEach(cm ->
                cm.cases().forEach(k -> x.row(cm.communeName(), k.caseId(), k.fullName(), k.birthYear(),
                        ui.time(k.confirmedAt()), k.clusterId()))));
    }

    @GetMapping("/unknown-source")
    String unknownSource(Model model) {
        model.addAttribute("communes", views.unknownSource());
        model.addAttribute("ui", ui);
        return "tracing/unknown-source";
    }

    /** Makes the change and shows the cluster it answers, or this cluster again with the problems by field. */
    private String attempt(long id, Model model, java.util.function.LongSupplier change) {
        try {
            return "redirect:/tracing/clusters/" + change.getAsLong();
        } catch (InvalidContactInput e) {
            model.addAttribute("errors", ui.errors(e));
            return cluster(id, model);
        }
    }
}
