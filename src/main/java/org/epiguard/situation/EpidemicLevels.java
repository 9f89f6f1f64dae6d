package org.epiguard.situation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The epidemic level (1-4, Resolution 128/NQ-CP) in force for an administrative unit (province, district
 * or commune code) on a date, from the stored assessments: a level takes effect after the notice days,
 * so the one in force is the latest assessed on or before the date less the notice. Empty when the unit
 * was not assessed (or could not be). Levels are not personal data: no scope.
 */
public interface EpidemicLevels {

    Optional<Integer> levelOf(String unitCode, LocalDate date);
}
