package org.epiguard.testing.internal;

import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.testing.KitStocks;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** {@link KitStocks} from the kit movements and rapid tests (the same count as the kit page). */
@Component
class PlanKitStocks implements KitStocks {

    private final KitMovements movements;
    private final GeoDirectory geo;

    PlanKitStocks(KitMovements movements, GeoDirectory geo) {
        this.movements = movements;
        this.geo = geo;
    }

    @Override
    public List<CommuneKits> perCommune(String areaCode, LocalDate on) {
        AdminUnit area = geo.unit(areaCode).orElse(null);
        if (area == null) {
            return List.of();
        }
        return movements.counts(new StatsArea.Area(area), on).stream()
                .map(c -> new CommuneKits(c.communeCode(),
                        geo.unit(c.communeCode()).map(AdminUnit::districtCode).orElse(null), c.stock()))
                .toList();
    }
}
