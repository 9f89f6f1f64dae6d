package org.epiguard.testing.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The lab's work list (phân luồng): the samples of the manifests it received that are neither pooled
 * nor resulted, grouped by priority — symptomatic and F1 samples to test one by one, high-risk-zone
 * and screening samples to pool up to the dated rule's maximum (the high-risk area's rule for
 * high-risk-zone samples, the low-risk area's for screening), with the pools it suggests.
 */
@Service
class LabTriage {

    record TriageSample(String barcode, String personName, Instant collectedAt, Instant receivedAt, long manifestId,
                        String senderName) {
    }

    record Group(Priority priority, boolean poolable, AreaRisk areaRisk, Integer maxPerPool, List<TriageSample> samples,
                 List<List<String>> suggestedPools) {
    }

    record WorkList(long labUnitId, int waiting, List<Group> neverPooled, List<Group> poolable) {
    }

    private final AccessContext access;
    private final JdbcClient jdbc;
    private final PoolRules rules;

    LabTriage(AccessContext access, JdbcClient jdbc, PoolRules rules) {
        this.access = access;
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** The area whose pool size rule applies to a poolable priority. */
    static AreaRisk areaOf(Priority priority) {
        return priority == Priority.HIGH_RISK_ZONE ? AreaRisk.HIGH : AreaRisk.LOW;
    }

    /** The work list of the user's own lab (403 for a user who is not one lab). */
    WorkList workList(Instant now) {
        CurrentUser user = access.currentUser();
        TestingAccess.requireEntry(user);
        Long lab = TestingAccess.ownUnit(user);
        if (lab == null || user.role() != org.epiguard.access.Role.LABORATORY) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "the work list is a lab's");
        }
        Map<Priority, List<TriageSample>> byPriority = new EnumMap<>(Priority.class);
        jdbc.sql("""
                        select s.barcode, s.priority, s.collected_at, p.full_name, m.id as manifest_id, m.received_at,
                               su.name as sender_name
                          from testing_manifest m
                          join testing_manifest_item i on i.manifest_id = m.id and i.received
                          join testing_sample s on s.id = i.sample_id
                          join people_person p on p.id = s.person_id
                          join geo_org_unit su on su.id = m.sender_unit_id
                         where m.lab_unit_id = :lab and m.received_at is not null
                           and not exists (select 1 from testing_pool_member pm where pm.sample_id = s.id)
                           and not exists (select 1 from testing_test t where t.sample_id = s.id)
                         order by s.collected_at, s.barcode""")
                .param("lab", lab)
                .query(rs -> {
                    byPriority.computeIfAbsent(Priority.valueOf(rs.getString("priority")), k -> new ArrayList<>())
                            .add(new TriageSample(rs.getString("barcode"), rs.getString("full_name"),
                                    rs.getTimestamp("collected_at").toInstant(), rs.getTimestamp("received_at").toInstant(),
                                    rs.getLong("manifest_id"), rs.getString("sender_name")));
                });
        List<Group> never = new ArrayList<>();
        List<Group> poolable = new ArrayList<>();
        int waiting = 0;
        for (Priority priority : Priority.values()) {
            List<TriageSample> samples = byPriority.getOrDefault(priority, List.of());
            waiting += samples.size();
            if (!priority.poolable()) {
                never.add(new Group(priority, false, null, null, samples, List.of()));
                continue;
            }
            AreaRisk risk = areaOf(priority);
            Integer max = rules.inForce(risk, Fields.dayOf(now)).map(PoolRules.PoolRule::maxMembers).orElse(null);
            poolable.add(new Group(priority, true, risk, max, samples, suggested(samples, max)));
        }
        return new WorkList(lab, waiting, never, poolable);
    }

    /** The samples cut into pools of the rule's maximum, oldest first; a last lone sample is tested alone. */
    static List<List<String>> suggested(List<TriageSample> samples, Integer max) {
        List<List<String>> pools = new ArrayList<>();
        if (max == null) {
            return pools;
        }
        for (int from = 0; from < samples.size(); from += max) {
            List<String> pool = samples.subList(from, Math.min(samples.size(), from + max)).stream()
                    .map(TriageSample::barcode).toList();
            if (pool.size() >= PoolEntry.MIN_MEMBERS) {
                pools.add(pool);
            }
        }
        return pools;
    }
}
