package org.epiguard.tracing;

import java.util.List;

/**
 * The active clusters of a province for the situation dashboard, without names: for every open cluster
 * each commune where it has cases, with the number of its cases there (a cluster spanning several
 * communes appears once per commune, so an area counts its distinct clusters).
 */
public interface ClusterFigures {

    List<ClusterCommune> activeIn(String provinceCode);

    record ClusterCommune(long clusterId, String provinceCode, String districtCode, String communeCode, long cases) {
    }
}
