package org.epiguard.platform.web;

import java.util.Map;

/**
 * Paging and sorting of a list page: {@code page} (0-based), {@code size}, {@code sort} (a key of the
 * list's whitelist of sortable columns) and {@code dir}. Anything else falls back to the default,
 * so no request text ever reaches SQL.
 */
public record ListQuery(int page, int size, String sort, boolean descending) {

    public static final int MAX_SIZE = 200;

    public static ListQuery of(Integer page, Integer size, String sort, String dir, Map<String, String> sortable,
                               String defaultSort) {
        int p = page == null || page < 0 ? 0 : page;
        int s = size == null || size <= 0 ? 50 : Math.min(size, MAX_SIZE);
        String key = sort != null && sortable.containsKey(sort) ? sort : defaultSort;
        return new ListQuery(p, s, key, "desc".equalsIgnoreCase(dir));
    }

    /** The ORDER BY clause, from the whitelist only. */
    public String orderBy(Map<String, String> sortable) {
        return " order by " + sortable.get(sort) + (descending ? " desc" : " asc") + " nulls last";
    }

    public int offset() {
        return page * size;
    }

    public String dir() {
        return descending ? "desc" : "asc";
    }
}
