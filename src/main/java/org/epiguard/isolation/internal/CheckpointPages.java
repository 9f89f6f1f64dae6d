package org.epiguard.isolation.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.geo.GeoDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.epiguard.platform.web.XlsxExport;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

/** The checkpoint entries in the user's view scope as XLSX, in the list's order, every row, audited. */
@Controller
class CheckpointPages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(IsolationDates.BUSINESS_ZONE);

    private final CheckpointLog checkpoints;
    private final GeoDirectory geo;
    private final MessageSource messages;

    CheckpointPages(CheckpointLog checkpoints, GeoDirectory geo, MessageSource messages) {
        this.checkpoints = checkpoints;
        this.geo = geo;
        this.messages = messages;
    }

    @GetMapping("/isolation/checkpoint-entries.xlsx")
    void export(@RequestParam(required = false) String day, @RequestParam(required = false) String commune,
                @RequestParam(defaultValue = "false") boolean flagged, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, HttpServletResponse response) throws IOException {
        CheckpointLog.Filter filter = CheckpointLog.filter(day, commune, flagged);
        var query = CheckpointLog.query(0, null, sort, dir);
        var locale = LocaleContextHolder.getLocale();
        var headers = Stream.of("isolation.xlsx.enteredAt", "isolation.xlsx.checkpoint", "isolation.round.person",
                        "isolation.xlsx.birthYear", "isolation.xlsx.phone", "isolation.xlsx.plate", "isolation.xlsx.origin",
                        "isolation.xlsx.commune", "isolation.xlsx.declaration", "isolation.xlsx.test", "isolation.xlsx.flags")
                .map(k -> messages.getMessage(k, null, k, locale)).toList();
        XlsxExport.send(response, "qua-chot", "checkpoint", headers, x -> checkpoints.export(filter, query, e -> x.row(
                TIME.format(e.enteredAt()), e.checkpointName(), e.fullName(), e.birthYear(), e.phone(), e.plate(),
                geo.unit(e.originProvince()).map(u -> u.name()).orElse(e.originProvince()),
                geo.unit(e.communeCode()).map(u -> u.name()).orElse(e.communeCode()),
                e.declarationPresent(), e.testPresent(), String.join(", ", e.flags()))));
    }
}
