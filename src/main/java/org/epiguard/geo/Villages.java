package org.epiguard.geo;

import java.util.List;
import java.util.Optional;

/** Villages for other modules (a person's address names a village of their commune). */
public interface Villages {

    Optional<Village> find(long id);

    List<Village> inCommune(String communeCode);
}
