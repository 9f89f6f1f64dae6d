package org.epiguard.tracing.internal;

import org.epiguard.cases.CaseContactsView.TracedCase;

import java.time.Instant;
import java.util.List;

/**
 * One reason why two confirmed cases belong to the same cluster. The automatic forming of clusters
 * ({@link ClusterDetection}) asks every bean of this type and joins the cases it links; a new kind of
 * link (shared venues from the check-ins within the check-in window, say) is one more bean.
 */
interface ClusterLinkSource {

    /** Cases are linked when they were confirmed at most this many days apart (households, workplaces, venues). */
    long WINDOW_DAYS = 14;

    /** The confirmed cases in SQL: {@code alias.status} among the statuses of {@link org.epiguard.cases.CaseContactsView#CONFIRMED}. */
    static String confirmed(String alias) {
        return alias + ".status in ('CONFIRMED', 'ISOLATED', 'RECOVERED', 'DIED')";
    }

    /** Links among these cases (confirmed within the detection window): the full run. */
    List<Link> links(List<TracedCase> cases);

    /**
     * The links of these cases (caseA one of them) to any confirmed case (caseB) confirmed at or after
     * {@code since}, these cases included: the incremental run, which reads the other cases in SQL. Every
     * link of {@link #links} between one of these cases and another may be replaced by a path joining
     * the same cases (a place's nearest cases before and after, say).
     */
    List<Link> linksOf(List<TracedCase> cases, Instant since);

    /** Two cases of one cluster and why (CONTACT, HOUSEHOLD, WORKPLACE, VENUE, ...). */
    record Link(long caseA, long caseB, String kind) {
    }
}
