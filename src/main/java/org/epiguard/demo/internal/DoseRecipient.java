package org.epiguard.demo.internal;

/**
 * A written demo person as the dose history needs them: id, age on the target day of the history
 * (by the coverage rule: from the birth date, else year − birth year), occupation, whether they have
 * an underlying condition.
 */
record DoseRecipient(long personId, int age, String occupation, boolean comorbid) {
}
