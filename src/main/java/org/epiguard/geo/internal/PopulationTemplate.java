package org.epiguard.geo.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.Scope;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.platform.web.XlsxExport;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", headers()));
        communes(capture).forEach(u -> lines.add(u.code() + "," + CsvTable.safeField(u.fullName()) + ",,,,,,,"));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"dan-so-mau.csv\"");
        response.getOutputStream().write(("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private List<AdminUnit> communes(Scope capture) {
        return directory.communesIn(capture);
    }
}
