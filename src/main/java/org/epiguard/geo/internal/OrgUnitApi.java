package org.epiguard.geo.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.access.AccessContext;
import org.epiguard.platform.web.ListQuery;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/geo/org-units")
@Tag(name = "geo: organisation units", description = "Health stations, hospitals, quarantine facilities, schools, enterprises…")
class OrgUnitApi {

    record Page(List<OrgUnitDetail> items, long total, int page, int size) {
    }

    private final AccessContext access;
    private final OrgUnitRepository units;
    private final OrgUnitService service;

    OrgUnitApi(AccessContext access, OrgUnitRepository units, OrgUnitService service) {
        this.access = access;
        this.units = units;
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Units in the caller's view scope; filters type, district, commune, q (name), active; "
            + "sort name|type|commune|capacity|id")
    Page list(@RequestParam(required = false) String type, @RequestParam(required = false) String district,
              @RequestParam(required = false) String commune, @RequestParam(required = false) String q,
              @RequestParam(required = false) Boolean active, @RequestParam(required = false) Integer page,
              @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
              @RequestParam(required = false) String dir) {
        var view = access.currentUser().viewScope();
        var filter = new OrgUnitFilter(type, district, commune, q, active);
        var query = ListQuery.of(page, size, sort, dir, OrgUnitFilter.SORTABLE, "name");
        return new Page(units.page(view, filter, query), units.count(view, filter), query.page(), query.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A unit in the caller's view scope")
    OrgUnitDetail get(@PathVariable long id) {
        return service.visible(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a unit in a commune of the caller's capture scope")
    OrgUnitDetail create(@RequestBody OrgUnitForm form) {
        return service.create(form);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a unit")
    OrgUnitDetail update(@PathVariable long id, @RequestBody OrgUnitForm form) {
        return service.update(id, form);
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate a unit (it stays, for the records that name it)")
    OrgUnitDetail deactivate(@PathVariable long id) {
        return service.setActive(id, false);
    }

    @PostMapping("/{id}/activate")
    @Operation(summary = "Activate a unit again")
    OrgUnitDetail activate(@PathVariable long id) {
        return service.setActive(id, true);
    }
}
