package org.epiguard.people;

/** Sex as recorded on the citizen ID card: male or female. */
public enum Sex {
    M, F;

    public String labelKey() {
        return "people.sex." + name();
    }
}
