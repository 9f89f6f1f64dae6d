package org.epiguard.platform.web;

import org.epiguard.access.CurrentUser;

/**
 * A figure a module shows on the overview page for the signed-in user's scope
 * (e.g. "people in scope: 12,345"), with a link to its list.
 */
public interface HomeTile {

    Rendered render(CurrentUser user);

    record Rendered(String labelKey, String value, String link) {
    }
}
