package org.epiguard.people;

/**
 * Occupation groups that the provincial directives single out for screening and vaccination
 * (market traders, fishermen, port, factory and coal workers, health workers, teachers, students).
 */
public enum Occupation {
    MARKET_TRADER, FISHERMAN, PORT_WORKER, FACTORY_WORKER, COAL_WORKER, HEALTH_WORKER, TEACHER, STUDENT, OTHER;

    public String labelKey() {
        return "people.occupation." + name();
    }
}
