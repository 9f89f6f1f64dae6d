package org.epiguard.people.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.Scope;
import org.epiguard.people.NewPerson;
import org.epiguard.people.PeopleDirectory;
import org.epiguard.people.PersonCreation;
import org.epiguard.people.PersonHit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** {@link PeopleDirectory} on the registry's tables. */
@Component
class RegistryDirectory implements PeopleDirectory {

    private final PersonSearch search;
    private final PersonRegistry registry;
    private final JdbcClient jdbc;

    RegistryDirectory(PersonSearch search, PersonRegistry registry, JdbcClient jdbc) {
        this.search = search;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonHit> search(CurrentUser user, String query, int limit) {
        return search.search(user.viewScope(), query, Math.max(1, Math.min(limit, MAX_RESULTS)));
    }

    @Override
    public Optional<PersonHit> find(CurrentUser user, long personId) {
        Scope scope = user.viewScope();
        return jdbc.sql("select " + PersonSearch.HIT_COLUMNS + """
                         from people_person m
                        join people_person p on p.id = coalesce(m.merged_into, m.id)
                        where m.id = :id and p.merged_into is null
                          and """ + " " + scope.sql("m", "workplace_id") + " and " + scope.sql("p", "workplace_id"))
                .param("id", personId).param("scopeKey", scope.key()).query(PersonSearch.HIT).optional();
    }

    @Override
    public long countInScope(Scope scope) {
        return jdbc.sql("select count(*) from people_person p where p.merged_into is null and "
                        + scope.sql("p", "workplace_id"))
                .param("scopeKey", scope.key()).query(Long.class).single();
    }

    @Override
    public PersonCreation create(NewPerson p) {
        PersonInput input = new PersonInput(p.citizenId(), null, null, null, p.fullName(), p.birth(), p.sex(), p.phone(),
                p.communeCode(), null, null, null, null, p.occupation() == null ? null : p.occupation().name(),
                p.workplaceId(), null, null, p.confirmNotDuplicate());
        try {
            return switch (registry.create(input)) {
                case PersonRegistry.Created c -> new PersonCreation.Created(c.id());
                case PersonRegistry.PossibleDuplicates d -> new PersonCreation.PossibleDuplicates(
                        d.duplicates().inScope(), d.duplicates().outsideScope(), d.duplicates().sameDocument());
            };
        } catch (InvalidPerson e) {
            return new PersonCreation.Refused(e.problems().stream()
                    .map(f -> new PersonCreation.Problem(f.field(), f.messageKey(), f.args())).toList());
        }
    }
}
