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

    /**
     * The ORDER BY clause, from the whitelist only. A sort key of several columns ("p.full_name, p.id")
     * turns round as a whole: the direction goes to each of its columns, not only to the last.
     */
    public String orderBy(Map<String, String> sortable) {
        String direction = (descending ? " desc" : " asc") + " nulls last";
        String expression = sortable.get(sort);
        java.util.List<String> terms = new java.util.ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= expression.length(); i++) {
            char c = i < expression.length() ? expression.charAt(i) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                terms.add(expression.substring(start, i).strip() + direction);
                start = i + 1;
            }
        }
        return " order by " + String.join(", ", terms);
    }

    public int offset() {
        return page * size;
    }

    public String dir() {
        return descending ? "desc" : "asc";
    }
}
