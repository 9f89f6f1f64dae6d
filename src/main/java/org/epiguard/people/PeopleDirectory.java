package org.epiguard.people;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.Scope;

import java.util.List;
import java.util.Optional;

/**
 * The person registry as other modules see it. Every answer is limited to the user's view scope
 * (in SQL) and never includes persons merged into another.
 */
public interface PeopleDirectory {

    int MAX_RESULTS = 100;

    /**
     * Finds people the way a Vietnamese user types: a name with or without diacritics ("nguyen van an"),
     * optionally followed by a birth year ("nguyen van an 1985") or date, a citizen ID, a passport
     * number, or a phone number in any usual form. Best matches first: exact name, then name prefix,
     * then similarity. At most {@code limit} results (capped at {@link #MAX_RESULTS}).
     */
    List<PersonHit> search(CurrentUser user, String query, int limit);

    /** One person inside the user's view scope; a merged person answers with its survivor. */
    Optional<PersonHit> find(CurrentUser user, long personId);

    /** How many (unmerged) people a scope holds. */
    long countInScope(Scope scope);

    /**
     * Creates a person as the current user, with the registry's own checks: the fields, the place and
     * workplace inside the user's capture scope (else 403), and duplicate detection over the whole
     * registry (then nothing is written). Runs in its own transaction when the caller has none; a
     * caller that keeps one should expect it to be rolled back on {@link PersonCreation.Refused}.
     */
    PersonCreation create(NewPerson person);
}
