package org.epiguard.testing.internal;

import org.epiguard.access.Location;
import org.epiguard.access.Scope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * testing_manifest with its items and extra barcodes. Every read for a user takes the user's view
 * scope in SQL: the sender unit's area, or for a unit scope the manifests it sent or that are
 * addressed to it.
 */
@Repository
class ManifestRepository {

    /** A manifest as stored, with the names of its units and its counts. */
    record ManifestRow(long id, long senderUnitId, String senderName, long labUnitId, String labName, Instant sentAt,
                       boolean declaredSorted, Integer priorityBreakAt, Integer neverPooledMixedAt, Instant receivedAt,
                       int sampleCount, int receivedCount, Location location) {

        boolean unsorted() {
            return priorityBreakAt != null || neverPooledMixedAt != null;
        }
    }

    /** A listed sample: its place in the box, barcode, person, priority and (after the receipt) whether it arrived. */
    record Item(int position, long sampleId, String barcode, String personName, Priority priority, Instant collectedAt,
                Boolean received) {
    }

    private static final String SELECT = """
            select m.*, su.name as sender_name, lu.name as lab_name,
                   (select count(*) from testing_manifest_item i where i.manifest_id = m.id) as samples,
                   (select count(*) from testing_manifest_item i where i.manifest_id = m.id and i.received) as arrived
              from testing_manifest m
              join geo_org_unit su on su.id = m.sender_unit_id
              join geo_org_unit lu on lu.id = m.lab_unit_id
            """;

    private static final RowMapper<ManifestRow> MAPPER = (rs, i) -> new ManifestRow(rs.getLong("id"),
            rs.getLong("sender_unit_id"), rs.getString("sender_name"), rs.getLong("lab_unit_id"), rs.getString("lab_name"),
            rs.getTimestamp("sent_at").toInstant(), rs.getBoolean("declared_sorted"),
            rs.getObject("priority_break_at", Integer.class), rs.getObject("never_pooled_mixed_at", Integer.class),
            rs.getTimestamp("received_at") == null ? null : rs.getTimestamp("received_at").toInstant(),
            rs.getInt("samples"), rs.getInt("arrived"),
            new Location(rs.getString("province_code"), rs.getString("district_code"), rs.getString("commune_code"), null));

    private final JdbcClient jdbc;

    ManifestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String inScope(Scope scope) {
        return ScopeFilter.sql(scope, "m", "sender_unit_id", "lab_unit_id");
    }

    Optional<ManifestRow> byId(long id, Scope scope) {
        return jdbc.sql(SELECT + " where m.id = :id and " + inScope(scope))
                .param("id", id).param("scopeKey", scope.key()).query(MAPPER).optional();
    }

    /** Locks the manifest (for its receipt) and reads it inside the scope. */
    Optional<ManifestRow> lock(long id, Scope scope) {
        jdbc.sql("select id from testing_manifest m where m.id = :id and " + inScope(scope) + " for update")
                .param("id", id).param("scopeKey", scope.key()).query(Long.class).optional();
        return byId(id, scope);
    }

    /** The newest manifests in the scope; received: null for all, else only received or only not yet received. */
    List<ManifestRow> latest(Scope scope, Boolean received, int limit) {
        String filter = received == null ? "" : received ? " and m.received_at is not null" : " and m.received_at is null";
        return jdbc.sql(SELECT + " where " + inScope(scope) + filter + " order by m.sent_at desc, m.id desc limit :limit")
                .param("scopeKey", scope.key()).param("limit", limit).query(MAPPER).list();
    }

    /** The items of a manifest in the scope, in the sender's order. */
    List<Item> items(long manifestId, Scope scope) {
        return jdbc.sql("""
                        select i.position, i.received, s.id, s.barcode, s.priority, s.collected_at, p.full_name
                          from testing_manifest m
                          join testing_manifest_item i on i.manifest_id = m.id
                          join testing_sample s on s.id = i.sample_id
                          join people_person p on p.id = s.person_id
                         where m.id = :id and""" + " " + inScope(scope) + " order by i.position")
                .param("id", manifestId).param("scopeKey", scope.key())
                .query((rs, i) -> new Item(rs.getInt("position"), rs.getLong("id"), rs.getString("barcode"),
                        rs.getString("full_name"), Priority.valueOf(rs.getString("priority")),
                        rs.getTimestamp("collected_at").toInstant(), rs.getObject("received", Boolean.class)))
                .list();
    }

    List<String> extras(long manifestId) {
        return jdbc.sql("select barcode from testing_manifest_extra where manifest_id = :id order by barcode")
                .param("id", manifestId).query(String.class).list();
    }

    /** The manifest that carries a sample now (not reported missing from it), if any. */
    Optional<Long> carrying(long sampleId) {
        return jdbc.sql("select manifest_id from testing_manifest_item where sample_id = :s and received is not false")
                .param("s", sampleId).query(Long.class).optional();
    }

    long insert(long senderUnit, long labUnit, Instant sentAt, boolean declaredSorted, Integer priorityBreakAt,
                Integer neverPooledMixedAt, Location where, List<Long> sampleIds, Long userId) {
        long id = jdbc.sql("""
                        insert into testing_manifest (sender_unit_id, lab_unit_id, sent_at, declared_sorted, priority_break_at,
                                                      never_pooled_mixed_at, province_code, district_code, commune_code, created_by)
                        values (:sender, :lab, :sent, :sorted, :pb, :np, :p, :d, :c, :user) returning id""")
                .param("sender", senderUnit).param("lab", labUnit).param("sent", Timestamp.from(sentAt))
                .param("sorted", declaredSorted).param("pb", priorityBreakAt).param("np", neverPooledMixedAt)
                .param("p", where.provinceCode()).param("d", where.districtCode()).param("c", where.communeCode())
                .param("user", userId).query(Long.class).single();
        jdbc.sql("""
                        insert into testing_manifest_item (manifest_id, position, sample_id)
                        select :id, t.ord, t.sample_id from unnest(:samples) with ordinality as t(sample_id, ord)""")
                .param("id", id).param("samples", new SqlArrayValue("bigint", sampleIds.toArray())).update();
        // the lab the samples go to, where the sample did not name one
        jdbc.sql("""
                        update testing_sample set lab_unit_id = :lab
                         where lab_unit_id is null and id = any (:samples)""")
                .param("lab", labUnit).param("samples", new SqlArrayValue("bigint", sampleIds.toArray())).update();
        return id;
    }

    /** Marks the manifest received: each listed sample arrived or not; the unlisted barcodes noted. */
    void receive(long id, Instant at, List<String> scanned, Long userId) {
        jdbc.sql("update testing_manifest set received_at = :at, received_by = :user where id = :id")
                .param("at", Timestamp.from(at)).param("user", userId).param("id", id).update();
        jdbc.sql("""
                        update testing_manifest_item i set received = s.barcode = any (:codes)
                          from testing_sample s where s.id = i.sample_id and i.manifest_id = :id""")
                .param("codes", new SqlArrayValue("text", scanned.toArray())).param("id", id).update();
        jdbc.sql("""
                        insert into testing_manifest_extra (manifest_id, barcode, sample_id)
                        select :id, c.code, s.id from unnest(:codes) as c(code)
                          left join testing_sample s on s.barcode = c.code
                         where not exists (select 1 from testing_manifest_item i join testing_sample x on x.id = i.sample_id
                                            where i.manifest_id = :id and x.barcode = c.code)""")
                .param("id", id).param("codes", new SqlArrayValue("text", scanned.toArray())).update();
    }
}
