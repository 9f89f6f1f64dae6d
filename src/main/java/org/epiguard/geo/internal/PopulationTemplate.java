package org.epiguard.geo.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.Scope;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.platform.files.CsvWriter;
import org.epiguard.platform.web.XlsxExport;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * The population file to fill in: Vietnamese headers and one line per commune of the user's
 * capture scope (code and name given; lines left without figures are skipped on import).
 */
@Component
class PopulationTemplate {

    private final GeoDirectory directory;

    PopulationTemplate(GeoDirectory directory) {
        this.directory = directory;
    }

    static List<String> headers() {
        return Stream.of(PopulationColumn.values()).map(PopulationColumn::header).toList();
    }

    void xlsx(Scope capture, HttpServletResponse response) throws IOException {
        XlsxExport.send(response, "dan-so-mau", "dân số", headers(),
                x -> communes(capture).forEach(u -> x.row(u.code(), u.fullName())));
    }

    void csv(Scope capture, HttpServletResponse response) throws IOException {
        CsvWriter csv = new CsvWriter(CsvWriter.Quoting.WHEN_NEEDED).row(headers());
        List<String> noFigures = Collections.nCopies(headers().size() - 2, "");
        communes(capture).forEach(u -> csv.row(Stream.concat(Stream.of(u.code(), u.fullName()), noFigures.stream())
                .toList()));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"dan-so-mau.csv\"");
        response.getOutputStream().write(csv.toBytes());
    }

    private List<AdminUnit> communes(Scope capture) {
        return directory.communesIn(capture);
    }
}
