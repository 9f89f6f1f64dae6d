package org.epiguard.geo.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.ScopeLevel;
import org.epiguard.platform.web.HomeTile;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;

/** The overview figure "population of your area" (effective: entered, or summed from the communes). */
@Component
class PopulationTile implements HomeTile {

    private final ScopeArea area;
    private final PopulationQueries population;
    private final JdbcClient jdbc;

    PopulationTile(ScopeArea area, PopulationQueries population, JdbcClient jdbc) {
        this.area = area;
        this.population = population;
        this.jdbc = jdbc;
    }

    @Override
    public Rendered render(CurrentUser user) {
        long total = area.of(user.viewScope()).map(s -> s.level() == ScopeLevel.NATION
                        ? jdbc.sql("select coalesce(sum(total), 0) from geo_population_effective where level = 'PROVINCE'")
                                .query(Long.class).single()
                        : population.population(s.code()).map(p -> p.total()).orElse(0L))
                .orElse(0L);
        return new Rendered("geo.tile.population", NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale())
                .format(total), "/geo/units");
    }
}
