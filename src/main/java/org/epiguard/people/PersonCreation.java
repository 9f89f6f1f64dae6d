package org.epiguard.people;

import java.util.List;

/** What became of a {@link NewPerson}: created, refused for its fields, or held back as a possible duplicate. */
public sealed interface PersonCreation {

    /** The person was written (with its audit record). */
    record Created(long id) implements PersonCreation {
    }

    /**
     * Nothing was written: the person may already exist. {@code inScope}: the candidates the user may
     * see; {@code outsideScope}: there are others; {@code sameDocument}: one has the same citizen ID or
     * passport, which can never be created twice.
     */
    record PossibleDuplicates(List<Long> inScope, boolean outsideScope, boolean sameDocument) implements PersonCreation {
    }

    /** Nothing was written: the fields break the registry's rules, each problem naming its field. */
    record Refused(List<Problem> problems) implements PersonCreation {
    }

    /** A field (as the people API names it) and the message key of its problem with the key's arguments. */
    record Problem(String field, String messageKey, List<Object> args) {
    }
}
