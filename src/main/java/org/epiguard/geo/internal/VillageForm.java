package org.epiguard.geo.internal;

import org.epiguard.geo.VillageType;

/** What a commune user types for a village: its commune (on creation), type and name. */
record VillageForm(String commune, VillageType type, String name) {
}
