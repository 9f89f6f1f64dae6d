package org.epiguard.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of the main navigation under one heading: those whose path starts with the same first
 * segment ({@code /testing/…} under "Xét nghiệm"). A heading with a single entry is shown as that entry;
 * {@code labelKey} is {@code nav.group.<segment>}.
 */
public record NavGroup(String segment, String labelKey, List<NavItem> items) {

    public boolean single() {
        return items.size() == 1;
    }

    /** Whether the page at {@code path} belongs to one of the group's entries. */
    public boolean holds(String path) {
        return items.stream().anyMatch(i -> !i.path().equals("/") && path != null && path.startsWith(i.path()));
    }

    /** The entries grouped by first path segment, each group where its first entry stands in {@code ordered}. */
    static List<NavGroup> of(List<NavItem> ordered) {
        Map<String, List<NavItem>> groups = new LinkedHashMap<>();
        for (NavItem item : ordered) {
            groups.computeIfAbsent(segment(item.path()), k -> new ArrayList<>()).add(item);
        }
        List<NavGroup> out = new ArrayList<>(groups.size());
        groups.forEach((segment, items) -> out.add(new NavGroup(segment, "nav.group." + segment, List.copyOf(items))));
        return out;
    }

    static String segment(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        int slash = p.indexOf('/');
        String first = slash < 0 ? p : p.substring(0, slash);
        return first.isEmpty() ? "home" : first;
    }
}
