package org.epiguard.isolation.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Scope;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.platform.web.ListPage;
import org.epiguard.platform.web.ListQuery;
import org.epiguard.platform.web.XlsxExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The episodes in the user's view scope (running only or all, of one commune), paged and sorted by a
 * whitelisted key, and the same list as XLSX (every row, audited).
 */
@Controller
class EpisodeList {

    static final Map<String, String> SORTABLE = Map.of(
            "start", "(e.start_date, e.id)",
            "name", "(p.full_name, e.id)",
            "plannedEnd", "(e.planned_end, e.id)",
            "commune", "(e.commune_code, p.full_name, e.id)",
            "kind", "(e.kind, e.id)",
            "status", "(e.status, e.id)");

    record Filter(boolean runningOnly, String communeCode) {
    }

    private final AccessContext access;
    private final JdbcClient jdbc;
    private final GeoDirectory geo;
    private final MessageSource messages;
    private final AuditTrail audit;

    EpisodeList(AccessContext access, JdbcClient jdbc, GeoDirectory geo, MessageSource messages, AuditTrail audit) {
        this.access = access;
        this.jdbc = jdbc;
        this.geo = geo;
        this.messages = messages;
        this.audit = audit;
    }

    /** {@code start} descending unless asked otherwise. */
    static ListQuery query(Integer page, Integer size, String sort, String dir) {
        boolean byStart = sort == null || !SORTABLE.containsKey(sort) || sort.equals("start");
        return ListQuery.of(page, size, sort, dir == null && byStart ? "desc" : dir, SORTABLE, "start");
    }

    static Filter filter(boolean running, String commune) {
        return new Filter(running, Fields.communeFilter("commune", commune));
    }

    ListPage<Episode> page(Filter filter, ListQuery query) {
        Scope scope = reader().viewScope();
        long total = jdbc.sql("select count(*) from isolation_episode e where " + where(scope, filter))
                .param("scopeKey", scope.key()).param("commune", filter.communeCode()).query(Long.class).single();
        var rows = jdbc.sql(EpisodeRepository.SELECT + " where " + where(scope, filter) + query.orderBy(SORTABLE)
                        + " limit :limit offset :offset")
                .param("scopeKey", scope.key()).param("commune", filter.communeCode())
                .param("limit", query.size()).param("offset", query.offset())
                .query(EpisodeRepository::map).list();
        return new ListPage<>(rows, total, query);
    }

    @GetMapping("/isolation/episodes.xlsx")
    @Transactional
    void export(@RequestParam(defaultValue = "true") boolean running, @RequestParam(required = false) String commune,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                HttpServletResponse response) throws IOException {
        Filter filter = filter(running, commune);
        ListQuery query = query(0, null, sort, dir);
        var locale = LocaleContextHolder.getLocale();
        var headers = Stream.of("isolation.xlsx.id", "isolation.round.person", "isolation.xlsx.birthYear",
                        "isolation.xlsx.phone", "isolation.xlsx.commune", "isolation.releases.kind", "isolation.xlsx.place",
                        "isolation.xlsx.start", "isolation.xlsx.plannedEnd", "isolation.xlsx.status", "isolation.xlsx.endedOn")
                .map(k -> messages.getMessage(k, null, k, locale)).toList();
        int[] count = {0};
        XlsxExport.send(response, "dot-cach-ly", "episodes", headers, x -> each(filter, query, e -> {
            count[0]++;
            x.row(e.id(), e.personName(), e.birthYear(), e.phone(),
                    geo.unit(e.communeCode()).map(u -> u.name()).orElse(e.communeCode()),
                    messages.getMessage("isolation.kind." + e.kind(), null, locale),
                    messages.getMessage("isolation.place." + e.place(), null, locale)
                            + (e.placeUnitName() == null ? "" : " - " + e.placeUnitName()),
                    e.startDate(), e.plannedEnd(), messages.getMessage("isolation.status." + e.status(), null, locale),
                    e.endedOn());
        }));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("rows", count[0]);
        after.put("runningOnly", filter.runningOnly());
        after.put("commune", filter.communeCode());
        audit.record(AuditTrail.Action.EXPORT, "isolation_episode", null, null,
                "episode list export (" + reader().viewScope() + "): " + count[0], null, after);
    }

    private void each(Filter filter, ListQuery query, Consumer<Episode> sink) {
        Scope scope = reader().viewScope();
        try (var rows = jdbc.sql(EpisodeRepository.SELECT + " where " + where(scope, filter) + query.orderBy(SORTABLE))
                .param("scopeKey", scope.key()).param("commune", filter.communeCode())
                .query(EpisodeRepository::map).stream()) {
            rows.forEach(sink);
        }
    }

    private static String where(Scope scope, Filter filter) {
        return scope.sql("e", "place_unit_id") + (filter.runningOnly() ? " and e.status = 'ACTIVE'" : "")
                + (filter.communeCode() == null ? "" : " and e.commune_code = :commune");
    }

    private CurrentUser reader() {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.READ, user);
        return user;
    }
}
