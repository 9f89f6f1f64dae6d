package org.epiguard.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Underlying conditions and pregnancy: about 40 % of people over 65 and 18 % of those 50–64 have a
 * chronic condition (hypertension most often), a few younger adults too; about 4 % of women 18–45
 * are pregnant. Codes are those of the people registry.
 */
final class Health {

    private static final String[] CONDITIONS = {"HYPERTENSION", "DIABETES", "CARDIOVASCULAR", "CHRONIC_LUNG_DISEASE",
            "CHRONIC_KIDNEY_DISEASE", "CANCER", "OBESITY"};
    private static final int[] CONDITION_WEIGHTS = {45, 20, 12, 10, 5, 3, 5};

    private Health() {
    }

    static List<String> comorbidities(int age, SplittableRandom random) {
        int chance = age >= 65 ? 40 : age >= 50 ? 18 : age >= 18 ? 3 : 0;
        if (random.nextInt(100) >= chance) {
            return List.of();
        }
        List<String> conditions = new ArrayList<>(2);
        conditions.add(condition(random));
        if (age >= 60 && random.nextInt(100) < 30) {
            String second = condition(random);
            if (!conditions.contains(second)) {
                conditions.add(second);
            }
        }
        return conditions;
    }

    static boolean pregnant(int age, char sex, SplittableRandom random) {
        return sex == 'F' && age >= 18 && age <= 45 && random.nextInt(100) < 4;
    }

    private static String condition(SplittableRandom random) {
        int r = random.nextInt(100);
        for (int i = 0; i < CONDITIONS.length; i++) {
            r -= CONDITION_WEIGHTS[i];
            if (r < 0) {
                return CONDITIONS[i];
            }
        }
        return CONDITIONS[0];
    }
}
