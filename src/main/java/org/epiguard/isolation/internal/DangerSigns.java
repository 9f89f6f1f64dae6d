package org.epiguard.isolation.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The danger signs of a check by the episode's dated rule: SpO2 below the rule's minimum (96%), a
 * breathing rate above its maximum (20/min), or a symptom the rule lists. Severe signs (SpO2 below 90%,
 * breathing above 30/min, cyanosis, confusion) propose tier 3, the others tier 2.
 */
final class DangerSigns {

    private DangerSigns() {
    }

    static List<String> of(IsolationRule rule, Integer spo2, Integer breathingRate, List<Symptom> symptoms) {
        List<String> signs = new ArrayList<>();
        if (spo2 != null && spo2 < rule.spo2Min()) {
            signs.add("SPO2_LOW");
        }
        if (breathingRate != null && breathingRate > rule.breathingMax()) {
            signs.add("BREATHING_FAST");
        }
        symptoms.stream().map(Symptom::name).filter(rule.dangerSymptoms()::contains).forEach(signs::add);
        return signs;
    }

    static int proposedTier(Integer spo2, Integer breathingRate, List<Symptom> symptoms) {
        boolean severe = spo2 != null && spo2 < 90 || breathingRate != null && breathingRate > 30
                || symptoms.contains(Symptom.CYANOSIS) || symptoms.contains(Symptom.CONFUSION);
        return severe ? 3 : 2;
    }
}
