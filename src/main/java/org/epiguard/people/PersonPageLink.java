package org.epiguard.people;

import org.epiguard.access.CurrentUser;

import java.util.Optional;

/**
 * A link another module adds to a person's page (/people/{id}), such as the person's vaccination.
 * Modules contribute implementations as Spring beans (ordered by {@code @Order}); the people module
 * knows none of them. Called only for a person the user may see.
 */
public interface PersonPageLink {

    /** The link for this person and user, or empty when the module has nothing to show them. */
    Optional<Rendered> render(CurrentUser user, long personId);

    /**
     * @param labelKey message key of the link's label
     * @param href     the target, a path of the application
     * @param detail   a short summary already in the user's language (may be null)
     */
    record Rendered(String labelKey, String href, String detail) {
    }
}
