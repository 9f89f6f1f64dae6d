package org.epiguard.vaccination.internal;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The vaccine products (vacc_product). */
@Repository
class VaccineProducts {

    private static final RowMapper<VaccineProduct> MAPPER = (rs, i) -> new VaccineProduct(rs.getString("code"),
            rs.getString("name"), rs.getString("manufacturer"), rs.getInt("primary_doses"),
            rs.getInt("min_interval_days"), rs.getBoolean("active"));

    private final JdbcClient jdbc;

    VaccineProducts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<VaccineProduct> all() {
        return jdbc.sql("select * from vacc_product order by active desc, name").query(MAPPER).list();
    }

    List<VaccineProduct> active() {
        return jdbc.sql("select * from vacc_product where active order by name").query(MAPPER).list();
    }

    Optional<VaccineProduct> find(String code) {
        return jdbc.sql("select * from vacc_product where code = :c").param("c", code).query(MAPPER).optional();
    }

    /** Adds a product; false when its code is taken. */
    boolean insert(VaccineProduct p) {
        return jdbc.sql("""
                        insert into vacc_product (code, name, manufacturer, primary_doses, min_interval_days, active)
                        values (:code, :name, :m, :pd, :mi, :a)
                        on conflict (code) do nothing""")
                .param("code", p.code()).param("name", p.name()).param("m", p.manufacturer())
                .param("pd", p.primaryDoses()).param("mi", p.minIntervalDays()).param("a", p.active()).update() == 1;
    }

    void update(VaccineProduct p) {
        jdbc.sql("""
                        update vacc_product set name = :name, manufacturer = :m, primary_doses = :pd, min_interval_days = :mi,
                                               active = :a
                         where code = :code""")
                .param("code", p.code()).param("name", p.name()).param("m", p.manufacturer())
                .param("pd", p.primaryDoses()).param("mi", p.minIntervalDays()).param("a", p.active()).update();
    }
}
