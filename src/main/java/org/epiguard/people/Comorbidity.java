package org.epiguard.people;

/** Underlying conditions that make COVID-19 dangerous (priority for vaccination and monitoring). */
public enum Comorbidity {
    DIABETES, HYPERTENSION, CARDIOVASCULAR, CHRONIC_LUNG_DISEASE, CHRONIC_KIDNEY_DISEASE, CANCER, OBESITY,
    IMMUNODEFICIENCY, OTHER;

    public String labelKey() {
        return "people.comorbidity." + name();
    }
}
