package org.epiguard.testing.internal;

import org.epiguard.access.Scope;
import org.epiguard.access.ScopeLevel;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The view-scope predicate of the testing tables: the person's province, district or commune, or
 * for a unit scope any of the row's units (collecting, place, lab or testing unit), so that a
 * school sees what was taken at or by the school and a lab what was sent to or tested by it.
 * Binds {@code :scopeKey}.
 */
final class ScopeFilter {

    private ScopeFilter() {
    }

    static String sql(Scope scope, String alias, String... unitColumns) {
        if (scope.level() != ScopeLevel.UNIT) {
            return scope.sql(alias, null);
        }
        return Arrays.stream(unitColumns).map(c -> scope.sql(alias, c)).collect(Collectors.joining(" or ", "(", ")"));
    }
}
