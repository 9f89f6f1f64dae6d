package org.epiguard.tracing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.access.CurrentUser;
import org.epiguard.cases.CaseContactsView;
import org.epiguard.cases.CaseContactsView.TracedCase;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Transmission chains as graphs (nodes, edges), for the chain page and machine clients. */
@RestController
@RequestMapping("/api/v1/tracing/chains")
@Tag(name = "Tracing: chains", description = "The transmission chain of a case or a cluster, whole, as nodes and edges")
class ChainsApi {

    private final ContactLists lists;
    private final CaseContactsView cases;
    private final ClusterRepository clusters;
    private final ChainGraph graph;
    private final List<ClusterLinkSource> linkSources;

    ChainsApi(ContactLists lists, CaseContactsView cases, ClusterRepository clusters, ChainGraph graph,
              List<ClusterLinkSource> linkSources) {
        this.lists = lists;
        this.cases = cases;
        this.clusters = clusters;
        this.graph = graph;
        this.linkSources = linkSources;
    }

    @GetMapping("/cases/{caseId}")
    @Operation(summary = "The chain of a case: everyone linked to its person through contacts, either way, not paged "
            + "(up to 50,000 people; truncated says so); people outside your view scope come without name; 404 when the "
            + "case is outside your view scope")
    ChainGraph.Chain ofCase(@PathVariable long caseId) {
        CurrentUser user = lists.reader();
        TracedCase c = cases.find(user.viewScope(), caseId).orElseThrow(ContactAccess::notFound);
        return graph.around(user.viewScope(), List.of(c.personId()));
    }

    @GetMapping("/clusters/{clusterId}")
    @Operation(summary = "The chain of a cluster: everyone linked through contacts to any of its cases, and the links "
            + "between its cases that are not contacts (same household, workplace, school, venue: edges of level 0); "
            + "404 when none of its cases is inside your view scope")
    ChainGraph.Chain ofCluster(@PathVariable long clusterId) {
        CurrentUser user = lists.reader();
        clusters.find(user.viewScope(), clusterId).orElseThrow(ContactAccess::notFound);
        List<TracedCase> members = cases.byIds(clusters.caseIds(clusterId)).stream()
                .filter(c -> c.confirmedAt() != null).toList();
        Map<Long, Long> personOfCase = new HashMap<>();
        members.forEach(c -> personOfCase.put(c.id(), c.personId()));
        List<ClusterLinkSource.Link> links = linkSources.stream()
                .filter(source -> !(source instanceof ContactClusterLinks))
                .flatMap(source -> source.links(members).stream()).toList();
        return graph.around(user.viewScope(), clusters.personIds(clusterId), links, personOfCase);
    }
}
