package org.epiguard.tracing.internal;

import org.epiguard.cases.CaseContactsView.TracedCase;

import java.util.List;

/**
 * One reason why two confirmed cases belong to the same cluster. The automatic forming of clusters
 * ({@link ClusterDetection}) asks every bean of this type and joins the cases it links; a new kind of
 * link (shared venues from the check-ins within the check-in window, say) is one more bean.
 */
interface ClusterLinkSource {

    /** Cases are linked when they were confirmed at most this many days apart (households, workplaces, venues). */
    long WINDOW_DAYS = 14;

    /** Links among these cases (confirmed within the detection window). */
    List<Link> links(List<TracedCase> cases);

    /** Two cases of one cluster and why (CONTACT, HOUSEHOLD, WORKPLACE, VENUE, ...). */
    record Link(long caseA, long caseB, String kind) {
    }
}
