package org.epiguard.tracing.internal;

import org.epiguard.people.PersonsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves the contacts of a merged person to the survivor, inside the merge's transaction: as the
 * contact, as the person exposed to, and in clusters. A listing the survivor already has (the same
 * case, or the same F1) is the same listing and dropped; a contact between the two is no contact.
 */
@Component
class ContactsMergeListener {

    private final JdbcClient jdbc;

    ContactsMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonsMerged merged) {
        long s = merged.survivorId();
        long m = merged.mergedId();
        jdbc.sql("""
                        delete from tracing_contact t
                         where (t.person_id = :m and t.source_person_id = :s) or (t.person_id = :s and t.source_person_id = :m)""")
                .param("s", s).param("m", m).update();
        jdbc.sql("""
                        delete from tracing_contact d
                         where d.person_id = :m
                           and exists (select 1 from tracing_contact k where k.person_id = :s and k.level = d.level
                                          and (d.level = 1 and k.case_id = d.case_id
                                               or d.level = 2 and k.source_person_id = d.source_person_id))""")
                .param("s", s).param("m", m).update();
        jdbc.sql("update tracing_contact set person_id = :s, cluster_pending = true, updated_at = now() where person_id = :m")
                .param("s", s).param("m", m).update();
        jdbc.sql("""
                        delete from tracing_contact d
                         where d.source_person_id = :m and d.level = 2
                           and exists (select 1 from tracing_contact k where k.source_person_id = :s and k.level = 2
                                          and k.person_id = d.person_id)""")
                .param("s", s).param("m", m).update();
        jdbc.sql("update tracing_contact set source_person_id = :s, cluster_pending = true, updated_at = now() where source_person_id = :m")
                .param("s", s).param("m", m).update();
        jdbc.sql("update tracing_cluster_case set person_id = :s where person_id = :m")
                .param("s", s).param("m", m).update();
    }
}
