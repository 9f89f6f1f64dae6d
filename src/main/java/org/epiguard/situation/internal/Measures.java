package org.epiguard.situation.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** The measures that go with each level (situation_measure), kept by an administrator. */
@Component
class Measures {

    record Measure(long id, int level, String topic, String measure, int position) {
    }

    private static final org.springframework.jdbc.core.RowMapper<Measure> MAPPER = (rs, i) -> new Measure(rs.getLong("id"),
            rs.getInt("level"), rs.getString("topic"), rs.getString("measure"), rs.getInt("position"));

    private final JdbcClient jdbc;

    Measures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Measure> of(int level) {
        return jdbc.sql("select * from situation_measure where level = :l order by position, id").param("l", level).query(MAPPER).list();
    }

    List<Measure> all() {
        return jdbc.sql("select * from situation_measure order by level, position, id").query(MAPPER).list();
    }

    /** Adds a measure (id null) or changes one; an empty measure text deletes it. */
    void save(Long id, String level, String topic, String measure, String username) {
        int l;
        try {
            l = Integer.parseInt(level == null ? "" : level.trim());
        } catch (NumberFormatException e) {
            throw new InvalidField("level", "a level is 1, 2, 3 or 4");
        }
        if (l < 1 || l > 4) {
            throw new InvalidField("level", "a level is 1, 2, 3 or 4");
        }
        if (topic == null || topic.isBlank()) {
            throw new InvalidField("topic", "the topic is required (gatherings, restaurants, schools, transport…)");
        }
        if (id != null && (measure == null || measure.isBlank())) {
            jdbc.sql("delete from situation_measure where id = :id").param("id", id).update();
            return;
        }
        if (measure == null || measure.isBlank()) {
            throw new InvalidField("measure", "the measure is required");
        }
        if (id == null) {
            jdbc.sql("""
                            insert into situation_measure (level, topic, measure, position, updated_by)
                            values (:l, :t, :m, (select coalesce(max(position), 0) + 1 from situation_measure where level = :l), :u)""")
                    .param("l", l).param("t", topic.trim()).param("m", measure.trim()).param("u", username).update();
        } else {
            int n = jdbc.sql("""
                            update situation_measure set level = :l, topic = :t, measure = :m, updated_by = :u,
                                   updated_at = now() where id = :id""")
                    .param("l", l).param("t", topic.trim()).param("m", measure.trim()).param("u", username)
                    .param("id", id).update();
            if (n == 0) {
                throw new InvalidField("id", "no measure " + id);
            }
        }
    }
}
