package org.epiguard.people.internal;

import java.util.List;

/**
 * The people a new entry may duplicate. Only the ids inside the user's view scope are given; of the
 * others the user learns only that they exist. {@code sameDocument}: the same citizen ID or passport,
 * which can never be created twice.
 */
record Duplicates(List<Long> inScope, boolean outsideScope, boolean sameDocument) {

    boolean any() {
        return !inScope.isEmpty() || outsideScope;
    }
}
