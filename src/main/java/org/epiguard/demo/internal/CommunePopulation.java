package org.epiguard.demo.internal;

import java.util.List;

/** Population of a commune: its total and the count in each {@link AgeBand}, which sum to the total. */
record CommunePopulation(String communeCode, int total, List<Integer> bands) {

    CommunePopulation {
        bands = List.copyOf(bands);
        if (bands.size() != AgeBand.values().length || bands.stream().mapToInt(Integer::intValue).sum() != total) {
            throw new IllegalArgumentException("age bands of " + communeCode + " do not sum to " + total);
        }
    }

    int band(AgeBand band) {
        return bands.get(band.ordinal());
    }
}
