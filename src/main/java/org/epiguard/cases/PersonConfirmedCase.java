package org.epiguard.cases;

import java.util.Optional;

/** The confirmed case (F0) a person has open, for the isolation module (an F1 who becomes a case). */
public interface PersonConfirmedCase {

    /** The id of the person's open case in status CONFIRMED or ISOLATED, if any. */
    Optional<Long> openConfirmedCaseOf(long personId);
}
