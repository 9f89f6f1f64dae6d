package org.epiguard.demo.internal;

import java.time.Duration;

/** What a demo load did: nothing (the database already had people), or how much it wrote and how long it took. */
record DemoLoad(boolean loaded, long people, long households, int villages, int places, int users, Duration took) {

    static DemoLoad skipped() {
        return new DemoLoad(false, 0, 0, 0, 0, 0, Duration.ZERO);
    }
}
