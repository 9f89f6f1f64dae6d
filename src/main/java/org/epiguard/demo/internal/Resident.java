package org.epiguard.demo.internal;

/** A person being placed in a household: age and sex first, the family name once the household is known. */
final class Resident {

    final int age;
    final char sex;
    String familyName;

    Resident(int age, char sex) {
        this.age = age;
        this.sex = sex;
    }
}
