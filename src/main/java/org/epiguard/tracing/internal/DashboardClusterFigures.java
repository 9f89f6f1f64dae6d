package org.epiguard.tracing.internal;

import org.epiguard.tracing.ClusterFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@link ClusterFigures}: the cases of the open clusters grouped by cluster and commune. */
@Component
class DashboardClusterFigures implements ClusterFigures {

    private final JdbcClient jdbc;

    DashboardClusterFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ClusterCommune> activeIn(String provinceCode) {
        return jdbc.sql("""
                        select cc.cluster_id, cc.province_code, cc.district_code, cc.commune_code, count(*) as cases
                          from tracing_cluster_case cc
                          join tracing_cluster k on k.id = cc.cluster_id and k.status = 'OPEN'
                         where cc.province_code = :p
                         group by 1, 2, 3, 4""")
                .param("p", provinceCode)
                .query((rs, i) -> new ClusterCommune(rs.getLong("cluster_id"), rs.getString("province_code"),
                        rs.getString("district_code"), rs.getString("commune_code"), rs.getLong("cases")))
                .list();
    }
}
