package org.epiguard.access.internal;

import org.epiguard.geo.AdminUnit;

import java.util.List;

/** What the scope picker fragment shows: the choice so far and the options at each level. */
record ScopePicker(String prefix, ScopeChoice choice, List<String> levels, List<AdminUnit> provinces,
                   List<AdminUnit> districts, List<AdminUnit> communes) {
}
