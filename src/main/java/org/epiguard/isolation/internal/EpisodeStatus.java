package org.epiguard.isolation.internal;

/** Running, or ended by release, conversion (the person became a case), transfer or death. */
enum EpisodeStatus {
    ACTIVE, RELEASED, CONVERTED, TRANSFERRED, DIED
}
