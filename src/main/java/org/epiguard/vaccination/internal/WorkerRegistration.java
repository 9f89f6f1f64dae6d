package org.epiguard.vaccination.internal;

import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.OrgUnit;
import org.epiguard.people.NewPerson;
import org.epiguard.people.Occupation;
import org.epiguard.people.PeopleDirectory;
import org.epiguard.people.PersonCreation;
import org.epiguard.people.PersonHit;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registers an out-of-province worker of an enterprise: the home province (a GSO province other than
 * the enterprise's), the period of work, and the person — one of the registry the user may see (by id,
 * or found by citizen ID), else created through the people module with its checks and duplicate
 * detection (as a factory worker of the enterprise, living in the enterprise's commune unless another
 * is given). Every problem names its field and nothing is written then. Registering the same period
 * again adds nothing; an overlapping one is refused. The registration and its audit record share a
 * transaction; the person, when created, is written (and audited) just before, by the people module.
 */
@Service
class WorkerRegistration {

    /** Periods of work start no earlier than this (the list is about the 2021–2022 campaign onwards). */
    static final LocalDate EARLIEST_START = LocalDate.of(2020, 1, 1);

    /** A registration: the worker row, its person, and whether this call added it (false: it was there). */
    record Outcome(long workerId, long personId, boolean added) {
    }

    private record Period(String homeProvince, LocalDate start, LocalDate end) {
    }

    private final PeopleDirectory people;
    private final GeoDirectory geo;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    WorkerRegistration(PeopleDirectory people, GeoDirectory geo, JdbcClient jdbc, AuditTrail audit,
                       PlatformTransactionManager transactions) {
        this.people = people;
        this.geo = geo;
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    Outcome register(CurrentUser user, OrgUnit enterprise, WorkerInput in, String source) {
        Period period = period(enterprise, in);
        long personId = person(user, enterprise, in);
        return tx.execute(status -> insert(user, enterprise, personId, period, source));
    }

    private Period period(OrgUnit enterprise, WorkerInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        String province = null;
        if (blank(in.homeProvince())) {
            problems.add(FieldProblem.of("homeProvince", "REQUIRED"));
        } else {
            Optional<AdminUnit> found = province(in.homeProvince());
            if (found.isEmpty()) {
                problems.add(FieldProblem.of("homeProvince", "vaccination.workers.problem.UNKNOWN_PROVINCE", in.homeProvince().strip()));
            } else if (found.get().code().equals(enterprise.location().provinceCode())) {
                problems.add(FieldProblem.of("homeProvince", "vaccination.workers.problem.SAME_PROVINCE", found.get().fullName()));
            } else {
                province = found.get().code();
            }
        }
        LocalDate start = date("startDate", in.startDate(), true, problems);
        LocalDate end = date("endDate", in.endDate(), false, problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(FieldProblem.of("endDate", "vaccination.workers.problem.END_BEFORE_START", DoseDates.show(start)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidWorker(problems);
        }
        return new Period(province, start, end);
    }

    private static LocalDate date(String field, String text, boolean required, List<FieldProblem> problems) {
        if (blank(text)) {
            if (required) {
                problems.add(FieldProblem.of(field, "REQUIRED"));
            }
            return null;
        }
        Optional<LocalDate> date = DoseDates.parse(text);
        if (date.isEmpty()) {
            problems.add(FieldProblem.of(field, "vaccination.workers.problem.BAD_DATE", text.strip()));
            return null;
        }
        if (date.get().isBefore(EARLIEST_START)) {
            problems.add(FieldProblem.of(field, "vaccination.workers.problem.TOO_EARLY", DoseDates.show(EARLIEST_START)));
            return null;
        }
        if (date.get().isAfter(DoseDates.today().plusYears(1))) {
            problems.add(FieldProblem.of(field, "vaccination.workers.problem.TOO_LATE"));
            return null;
        }
        return date.get();
    }

    /** A province of the GSO list by its code ("38") or its name, with or without its type and diacritics ("Thanh Hoa"). */
    Optional<AdminUnit> province(String text) {
        String t = text.strip();
        String folded = DoseImportColumn.fold(t);
        return geo.provinces().stream()
                .filter(p -> p.code().equals(t) || DoseImportColumn.fold(p.name()).equals(folded)
                        || DoseImportColumn.fold(p.fullName()).equals(folded))
                .findFirst();
    }

    private long person(CurrentUser user, OrgUnit enterprise, WorkerInput in) {
        if (in.personId() != null) {
            return people.find(user, in.personId()).map(PersonHit::id)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        if (blank(in.citizenId())) {
            throw new InvalidWorker(FieldProblem.of("citizenId", "vaccination.workers.problem.CITIZEN_ID_REQUIRED"));
        }
        String cid = in.citizenId().replaceAll("[\\s.]", "");
        Optional<PersonHit> known = people.search(user, cid, 5).stream().filter(h -> cid.equals(h.citizenId())).findFirst();
        if (known.isPresent()) {
            return known.get().id();
        }
        PersonCreation created = people.create(new NewPerson(cid, in.fullName(), in.birth(), sex(in.sex()), in.phone(),
                blank(in.communeCode()) ? enterprise.communeCode() : in.communeCode().strip(), enterprise.id(),
                Occupation.FACTORY_WORKER, in.confirmed()));
        return switch (created) {
            case PersonCreation.Created c -> c.id();
            case PersonCreation.Refused r -> throw new InvalidWorker(r.problems().stream()
                    .map(p -> FieldProblem.of(p.field(), p.messageKey(), p.args().toArray())).toList());
            case PersonCreation.PossibleDuplicates d when d.sameDocument() ->
                    throw new InvalidWorker(FieldProblem.of("citizenId", "vaccination.workers.problem.PERSON_OUT_OF_SCOPE", cid));
            case PersonCreation.PossibleDuplicates d ->
                    throw new InvalidWorker(FieldProblem.warning("fullName", "vaccination.workers.problem.POSSIBLE_DUPLICATE",
                            d.inScope().size() + (d.outsideScope() ? 1 : 0)));
        };
    }

    /** Nam/Nữ as files write it, or M/F. */
    private static String sex(String raw) {
        if (blank(raw)) {
            return null;
        }
        return switch (DoseImportColumn.fold(raw)) {
            case "nam", "m" -> "M";
            case "nu", "f" -> "F";
            default -> raw.strip();
        };
    }

    private Outcome insert(CurrentUser user, OrgUnit enterprise, long personId, Period period, String source) {
        var earlier = jdbc.sql("""
                        select id, start_date, end_date from vacc_worker
                         where enterprise_id = :e and person_id = :p
                           and daterange(start_date, end_date, '[]') && daterange(:s, :end, '[]')
                         order by start_date for update""")
                .param("e", enterprise.id()).param("p", personId).param("s", Date.valueOf(period.start()))
                .param("end", period.end() == null ? null : Date.valueOf(period.end()))
                .query((rs, i) -> new Object[]{rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getDate(3)}).list();
        for (Object[] e : earlier) {
            LocalDate start = (LocalDate) e[1];
            Date end = (Date) e[2];
            boolean same = start.equals(period.start())
                    && (end == null ? period.end() == null : end.toLocalDate().equals(period.end()));
            if (same) {
                return new Outcome((Long) e[0], personId, false);
            }
            throw new InvalidWorker(FieldProblem.of("startDate", "vaccination.workers.problem.OVERLAPS", DoseDates.show(start),
                    end == null ? "…" : DoseDates.show(end.toLocalDate())));
        }
        var where = enterprise.location();
        long id = jdbc.sql("""
                        insert into vacc_worker (enterprise_id, person_id, home_province_code, start_date, end_date,
                                                 province_code, district_code, commune_code, source, registered_by,
                                                 registered_by_name)
                        values (:e, :p, :home, :s, :end, :pc, :dc, :cc, :source, :by, :byName) returning id""")
                .param("e", enterprise.id()).param("p", personId).param("home", period.homeProvince())
                .param("s", Date.valueOf(period.start())).param("end", period.end() == null ? null : Date.valueOf(period.end()))
                .param("pc", where.provinceCode()).param("dc", where.districtCode()).param("cc", where.communeCode())
                .param("source", source).param("by", user.id()).param("byName", user.fullName())
                .query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("enterpriseId", enterprise.id());
        after.put("personId", personId);
        after.put("homeProvince", period.homeProvince());
        after.put("startDate", period.start().toString());
        after.put("endDate", period.end() == null ? null : period.end().toString());
        after.put("source", source);
        audit.record(AuditTrail.Action.CREATE, "vacc_worker", id, where,
                "out-of-province worker registered: person " + personId + " at " + enterprise.name(), null, after);
        return new Outcome(id, personId, true);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
