package org.epiguard.platform.web;

import java.util.List;

/** One page of a list, with the total count for the pager (see templates/fragments/list.html). */
public record ListPage<T>(List<T> rows, long total, ListQuery query) {

    public int pages() {
        return (int) Math.max(1, (total + query.size() - 1) / query.size());
    }

    /** Shown page number, 1-based. */
    public int pageNumber() {
        return query.page() + 1;
    }

    public boolean hasPrevious() {
        return query.page() > 0;
    }

    public boolean hasNext() {
        return query.page() + 1 < pages();
    }
}
