package org.epiguard.testing.internal;

/** The risk of the area a pool was taken in, which the pool size rule depends on. */
enum AreaRisk {
    LOW, HIGH
}
