package org.epiguard.geo.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The record of population imports (table geo_population_import), each readable by its importer. */
@Component
class PopulationImports {

    private static final TypeReference<List<PopulationImport.Error>> ERRORS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PopulationImports(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long save(long userId, String username, String fileName, int imported, int unchanged, int skipped,
              List<PopulationImport.Error> errors) {
        int rejected = (int) errors.stream().mapToInt(PopulationImport.Error::row).distinct().count();
        return jdbc.sql("""
                        insert into geo_population_import (user_id, username, file_name, imported, unchanged, rejected,
                                                           skipped, errors)
                        values (:u, :name, :file, :imported, :unchanged, :rejected, :skipped, cast(:errors as jsonb))
                        returning id""")
                .param("u", userId).param("name", username).param("file", fileName).param("imported", imported)
                .param("unchanged", unchanged).param("rejected", rejected).param("skipped", skipped)
                .param("errors", json.writeValueAsString(errors))
                .query(Long.class).single();
    }

    /** An import, only for the user who ran it. */
    Optional<PopulationImport> find(long id, long userId) {
        return jdbc.sql("select * from geo_population_import where id = :id and user_id = :u")
                .param("id", id).param("u", userId)
                .query((rs, i) -> new PopulationImport(rs.getLong("id"), rs.getString("username"),
                        rs.getString("file_name"), rs.getInt("imported"), rs.getInt("unchanged"), rs.getInt("rejected"),
                        rs.getInt("skipped"), json.readValue(rs.getString("errors"), ERRORS),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .optional();
    }
}
