package org.epiguard.demo.internal;

/** A village (thôn), hamlet (khu) or residential group (tổ dân phố) of a commune; key is its index in the plan. */
record DemoVillage(int key, String communeCode, String villageType, String name) {
}
