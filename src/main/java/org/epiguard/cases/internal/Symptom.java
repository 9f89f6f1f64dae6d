package org.epiguard.cases.internal;

import java.util.EnumSet;
import java.util.Set;

/** Symptoms recorded for a case; some weigh in the risk group. */
enum Symptom {
    FEVER, COUGH, SORE_THROAT, RUNNY_NOSE, FATIGUE, MUSCLE_PAIN, HEADACHE, LOSS_OF_TASTE_OR_SMELL, DIARRHOEA,
    SHORTNESS_OF_BREATH, CHEST_PAIN, CONFUSION, CYANOSIS;

    /** Signs of severe illness: the case is very high risk whatever else holds. */
    static final Set<Symptom> SEVERE = EnumSet.of(CONFUSION, CYANOSIS);
    /** Signs that breathing suffers: at least high risk. */
    static final Set<Symptom> BREATHING = EnumSet.of(SHORTNESS_OF_BREATH, CHEST_PAIN);

    String labelKey() {
        return "cases.symptom." + name();
    }
}
