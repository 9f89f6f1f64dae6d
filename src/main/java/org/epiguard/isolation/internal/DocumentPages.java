package org.epiguard.isolation.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.geo.GeoDirectory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Quarantine decisions and release certificates as PDF: one episode, a list of episodes, or every release
 * of a day in the user's view scope. Every file is an audited export of personal data.
 */
@RestController
class DocumentPages {

    static final int MAX_DOCUMENTS = 2000;

    private final AccessContext access;
    private final EpisodeRepository episodes;
    private final IsolationDocuments documents;
    private final GeoDirectory geo;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    DocumentPages(AccessContext access, EpisodeRepository episodes, IsolationDocuments documents, GeoDirectory geo,
                  JdbcClient jdbc, AuditTrail audit) {
        this.access = access;
        this.episodes = episodes;
        this.documents = documents;
        this.geo = geo;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @GetMapping("/isolation/episodes/{id}/decision.pdf")
    @Transactional
    public ResponseEntity<byte[]> decision(@PathVariable long id) {
        return pdf(IsolationDocuments.Kind.DECISION, List.of(visible(id)), "quyet-dinh-cach-ly-" + id + ".pdf");
    }

    @GetMapping("/isolation/episodes/{id}/certificate.pdf")
    @Transactional
    public ResponseEntity<byte[]> certificate(@PathVariable long id) {
        Episode e = visible(id);
        if (e.status() != EpisodeStatus.RELEASED) {
            throw InvalidIsolationInput.of("id", "NOT_RELEASED");
        }
        return pdf(IsolationDocuments.Kind.CERTIFICATE, List.of(e), "giay-xac-nhan-" + id + ".pdf");
    }

    /** The decisions of the listed episodes (all in the user's view scope, else 404). */
    @GetMapping("/isolation/decisions.pdf")
    @Transactional
    public ResponseEntity<byte[]> decisions(@RequestParam List<Long> ids) {
        if (ids.size() > MAX_DOCUMENTS) {
            throw InvalidIsolationInput.of("ids", "TOO_MANY", MAX_DOCUMENTS);
        }
        List<Episode> list = new ArrayList<>();
        for (long id : ids) {
            list.add(visible(id));
        }
        return pdf(IsolationDocuments.Kind.DECISION, list, "quyet-dinh-cach-ly.pdf");
    }

    /** The certificates of everyone released on a day in the user's view scope (of one commune when given). */
    @GetMapping("/isolation/certificates.pdf")
    @Transactional
    public ResponseEntity<byte[]> certificates(@RequestParam String releasedOn, @RequestParam(required = false) String commune) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.READ, user);
        List<IsolationProblem> problems = new ArrayList<>();
        LocalDate on = IsolationDates.required("releasedOn", releasedOn, false, problems);
        InvalidIsolationInput.throwIfAny(problems);
        List<Episode> list = jdbc.sql(EpisodeRepository.SELECT + " where e.status = 'RELEASED' and e.ended_on = :on and "
                        + user.viewScope().sql("e", "place_unit_id") + (commune == null ? "" : " and e.commune_code = :c")
                        + " order by e.commune_code, p.full_name, e.id limit " + MAX_DOCUMENTS)
                .param("on", Date.valueOf(on)).param("scopeKey", user.viewScope().key()).param("c", commune)
                .query(EpisodeRepository::map).list();
        return pdf(IsolationDocuments.Kind.CERTIFICATE, list, "giay-xac-nhan-" + on + ".pdf");
    }

    private Episode visible(long id) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.READ, user);
        return episodes.find(user.viewScope(), id).orElseThrow(IsolationAccess::notFound);
    }

    private ResponseEntity<byte[]> pdf(IsolationDocuments.Kind kind, List<Episode> list, String filename) {
        CurrentUser user = access.currentUser();
        byte[] bytes = documents.render(kind, list, geo.describe(user.captureScope()));
        audit.record(AuditTrail.Action.EXPORT, "isolation_episode", list.size() == 1 ? list.getFirst().id() : null,
                list.size() == 1 ? list.getFirst().location() : null,
                kind.name().toLowerCase() + " PDF of " + list.size() + " episode(s)", null,
                Map.of("episodeIds", list.stream().map(Episode::id).toList()));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(bytes);
    }
}
