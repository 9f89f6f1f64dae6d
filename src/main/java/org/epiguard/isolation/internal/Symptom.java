package org.epiguard.isolation.internal;

/** The symptoms a follow-up check records; the dated rule names which of them are danger signs. */
enum Symptom {
    FEVER, COUGH, SORE_THROAT, LOSS_OF_SMELL, FATIGUE, MUSCLE_PAIN, DIARRHOEA, DYSPNOEA, CHEST_PAIN, CONFUSION,
    CYANOSIS, PERSISTENT_FEVER
}
