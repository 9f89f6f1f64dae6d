package org.epiguard.tracing.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.cases.CaseContactsView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The chain graph pages of a case and of a cluster; the browser draws what the chains API computes. */
@Controller
@RequestMapping("/tracing")
class ChainPages {

    private final ContactLists lists;
    private final CaseContactsView cases;
    private final ClusterRepository clusters;

    ChainPages(ContactLists lists, CaseContactsView cases, ClusterRepository clusters) {
        this.lists = lists;
        this.cases = cases;
        this.clusters = clusters;
    }

    @GetMapping("/cases/{caseId}/chain")
    String ofCase(@PathVariable long caseId, Model model) {
        CurrentUser user = lists.reader();
        cases.find(user.viewScope(), caseId).orElseThrow(ContactAccess::notFound);
        return chain(model, "tracing.chain.ofCase", caseId, "cases");
    }

    @GetMapping("/clusters/{clusterId}/chain")
    String ofCluster(@PathVariable long clusterId, Model model) {
        CurrentUser user = lists.reader();
        clusters.find(user.viewScope(), clusterId).orElseThrow(ContactAccess::notFound);
        return chain(model, "tracing.chain.ofCluster", clusterId, "clusters");
    }

    /** The graph page of a case or a cluster ({@code kind} "cases" or "clusters"), drawn from the chains API. */
    private static String chain(Model model, String titleKey, long subject, String kind) {
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("subject", subject);
        model.addAttribute("back", "/tracing/" + kind + "/" + subject);
        model.addAttribute("dataUrl", "/api/v1/tracing/chains/" + kind + "/" + subject);
        return "tracing/chain";
    }
}
