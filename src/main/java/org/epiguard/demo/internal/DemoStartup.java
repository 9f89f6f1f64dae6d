package org.epiguard.demo.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On start, when {@code epiguard.demo.enabled} is true, loads the demo province of
 * {@code epiguard.demo.people} people into a database that has no people yet. Runs before the
 * application reports itself ready (and before tests start).
 */
@Component
class DemoStartup implements ApplicationRunner {

    private final DemoLoader loader;
    private final boolean enabled;
    private final int people;

    DemoStartup(DemoLoader loader, @Value("${epiguard.demo.enabled:false}") boolean enabled,
                @Value("${epiguard.demo.people:30000}") int people) {
        this.loader = loader;
        this.enabled = enabled;
        this.people = people;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            loader.loadIfEmpty(people);
        }
    }
}
