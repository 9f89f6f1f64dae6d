package org.epiguard.testing;

import java.time.LocalDate;
import java.util.List;

/**
 * Rapid-test kits in stock per commune (received plus adjusted minus the professional rapid tests done
 * there) on a date, for the situation module's planning; aggregates without names.
 */
public interface KitStocks {

    /** Every commune of a province or district (GSO code) with its stock at the end of {@code on}. */
    List<CommuneKits> perCommune(String areaCode, LocalDate on);

    record CommuneKits(String communeCode, String districtCode, long stock) {
    }
}
