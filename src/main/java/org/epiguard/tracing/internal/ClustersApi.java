package org.epiguard.tracing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.platform.web.ListPage;
import org.epiguard.platform.web.ListQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Clusters and the cases of unknown source for machine clients, in the caller's scopes. */
@RestController
@RequestMapping("/api/v1/tracing")
@Tag(name = "Tracing: clusters", description = "Clusters formed from linked cases; name, merge, split, close; unknown sources")
class ClustersApi {

    record MergeRequest(Long otherClusterId) {
    }

    record SplitRequest(List<Long> caseIds, String name) {
    }

    private final ClusterViews views;
    private final ClusterEditing editing;
    private final ClusterDetection detection;
    private final ContactLists lists;

    ClustersApi(ClusterViews views, ClusterEditing editing, ClusterDetection detection, ContactLists lists) {
        this.views = views;
        this.editing = editing;
        this.detection = detection;
        this.lists = lists;
    }

    @GetMapping("/clusters")
    @Operation(summary = "Clusters with a case inside your view scope (merged ones left out), paged; status OPEN or CLOSED; "
            + "sort last, cases, districts, id")
    ListPage<ClusterRow> list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                              @RequestParam(required = false) String dir) {
        return views.page(status, ListQuery.of(page, size, sort, dir == null ? "desc" : dir, ClusterRepository.SORTABLE, "last"));
    }

    @GetMapping("/clusters/{id}")
    @Operation(summary = "A cluster: cases per day, the districts and communes it spans, open tracing work (F1 not yet "
            + "reached or quarantined, by commune), its cases inside your view scope; 404 when none of its cases is")
    ClusterViews.Detail one(@PathVariable long id) {
        return views.detail(id);
    }

    @PutMapping("/clusters/{id}")
    @Operation(summary = "Name a cluster and its suspected source (text, and/or sourceCaseId, one of its cases)")
    ClusterViews.Detail describe(@PathVariable long id, @RequestBody ClusterEditing.Description description) {
        editing.describe(id, description);
        return views.detail(id);
    }

    @PostMapping("/clusters/{id}/close")
    @Operation(summary = "Close a cluster: no new case joins it automatically")
    ClusterRow close(@PathVariable long id) {
        editing.setOpen(id, false);
        return views.one(id);
    }

    @PostMapping("/clusters/{id}/reopen")
    @Operation(summary = "Reopen a closed cluster")
    ClusterRow reopen(@PathVariable long id) {
        editing.setOpen(id, true);
        return views.one(id);
    }

    @PostMapping("/clusters/{id}/merge")
    @Operation(summary = "Merge another cluster (otherClusterId) into this one: its cases move here, it is marked merged")
    ClusterRow merge(@PathVariable long id, @RequestBody MergeRequest request) {
        editing.merge(id, request.otherClusterId());
        return views.one(id);
    }

    @PostMapping("/clusters/{id}/split")
    @Operation(summary = "Split cases (caseIds, not all of them) off into a new cluster (name optional): 201 with it")
    ResponseEntity<ClusterRow> split(@PathVariable long id, @RequestBody SplitRequest request) {
        long created = editing.split(id, request.caseIds(), request.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(views.one(created));
    }

    @PostMapping("/clusters/detect")
    @Operation(summary = "Form clusters now from the cases linked by contacts, households, workplaces, schools and "
            + "venues: every confirmed case of the last 60 days (the repair), or with changes=true only the cases not "
            + "examined yet, those whose contacts changed and what they link to (what runs by itself after each "
            + "change); a second run changes nothing")
    ClusterDetection.Result detect(@RequestParam(defaultValue = "false") boolean changes) {
        ContactAccess.requireEntry(lists.reader());
        return changes ? detection.detectNew() : detection.detect();
    }

    @GetMapping("/unknown-source")
    @Operation(summary = "Confirmed cases inside your view scope whose investigation found no source, by commune")
    Map<String, List<ClusterViews.UnknownCommune>> unknownSource() {
        return Map.of("communes", views.unknownSource());
    }
}
