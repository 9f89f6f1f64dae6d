package org.epiguard.vaccination;

import java.time.LocalDate;
import java.util.List;

/**
 * The outreach lists of a province's communes on a date, for the situation dashboard (counts, no names):
 * {@code listed}, the people of the registry living in the commune who are on its list (12 or older and
 * without a complete primary series on the date), {@code withoutReason}, those of them with no reason
 * recorded by the commune (not reached, refuses, contraindicated, away, vaccinated elsewhere) — the people
 * who keep a list from being completed —, and whether the commune has declared its list complete.
 * Only communes with someone on the list or a declaration are given.
 */
public interface OutreachFigures {

    List<CommuneOutreach> communes(String provinceCode, LocalDate on);

    record CommuneOutreach(String communeCode, long listed, long withoutReason, boolean declaredComplete) {
    }
}
