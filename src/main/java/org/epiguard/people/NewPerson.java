package org.epiguard.people;

/**
 * A person another module enters into the registry (e.g. an enterprise registering its workers), as
 * typed: the people module normalises and checks every field as it does for its own form. A blank
 * occupation is {@link Occupation#OTHER}; the workplace is an organisation unit id (a unit user's own
 * unit when empty).
 */
public record NewPerson(String citizenId, String fullName, String birth, String sex, String phone,
                        String communeCode, Long workplaceId, Occupation occupation, boolean confirmNotDuplicate) {
}
