package org.epiguard.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of a list page that keep its filters: to another page, to another sort order, and to the
 * same list at another path (its XLSX export). Available to every page as {@code links}.
 */
public final class ListLinks {

    private final HttpServletRequest request;

    ListLinks(HttpServletRequest request) {
        this.request = request;
    }

    public String page(ListQuery query, int page) {
        return current().replaceQueryParam("page", page).replaceQueryParam("sort", query.sort())
                .replaceQueryParam("dir", query.dir()).build().encode().toUriString();
    }

    /** Sorting by {@code column}: ascending first, the other way when it is already sorted so. */
    public String sort(ListQuery query, String column) {
        String dir = column.equals(query.sort()) && !query.descending() ? "desc" : "asc";
        return current().replaceQueryParam("page").replaceQueryParam("sort", column).replaceQueryParam("dir", dir)
                .build().encode().toUriString();
    }

    /** The same filters at another path, e.g. {@code links.at('/people/export.xlsx')}. */
    public String at(String path) {
        return current().replacePath(request.getContextPath() + path).replaceQueryParam("page")
                .replaceQueryParam("size").build().encode().toUriString();
    }

    /** The current path with the request's parameters (the list's filters), host-relative. */
    private UriComponentsBuilder current() {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            if (!name.startsWith("_")) {
                builder.queryParam(name, (Object[]) values);
            }
        });
        return builder;
    }
}
