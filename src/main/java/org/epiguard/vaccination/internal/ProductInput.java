package org.epiguard.vaccination.internal;

/**
 * A vaccine product as the administrator types it in the catalogue form: numbers as text, so that
 * a wrong one is a problem of its field rather than a refused request. The code is only read when
 * a product is added (it never changes).
 */
record ProductInput(String code, String name, String manufacturer, String primaryDoses, String minIntervalDays,
                    Boolean active) {

    static ProductInput empty() {
        return new ProductInput("", "", "", "2", "21", true);
    }

    static ProductInput of(VaccineProduct p) {
        return new ProductInput(p.code(), p.name(), p.manufacturer(), Integer.toString(p.primaryDoses()),
                Integer.toString(p.minIntervalDays()), p.active());
    }
}
