package org.epiguard.geo.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.access.AccessContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/geo")
@Tag(name = "geo: administrative units", description = "Provinces, districts and communes in the caller's view scope")
class AdminUnitApi {

    private final AccessContext access;
    private final AdminUnitBrowser browser;

    AdminUnitApi(AccessContext access, AdminUnitBrowser browser) {
        this.access = access;
        this.browser = browser;
    }

    @GetMapping("/units")
    @Operation(summary = "Units under a parent (or the top of the caller's scope), with population and counts")
    List<UnitSummary> units(@RequestParam(required = false) String parent) {
        var view = access.currentUser().viewScope();
        return parent == null || parent.isBlank() ? browser.top(view) : browser.children(view, parent.trim());
    }
}
