package org.epiguard.demo.internal;

/** A household of the demo; key is its number in the whole generation, villageKey that of its {@link DemoVillage}. */
record DemoHousehold(long key, String communeCode, String districtCode, int villageKey, String addressText) {
}
