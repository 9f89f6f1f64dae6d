package org.epiguard.geo.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.access.AccessContext;
import org.epiguard.geo.Village;
import org.epiguard.geo.VillageType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import java.util.Map;

@RestController
@RequestMapping("/api/v1/geo/villages")
@Tag(name = "geo: villages", description = "Villages (thôn, khu, tổ dân phố, ấp, bản, xóm), kept by commune users")
class VillageApi {

    record Rename(VillageType type, String name) {
    }

    record Bulk(String commune, VillageType defaultType, String lines) {
    }

    private final AccessContext access;
    private final VillageRepository villages;
    private final VillageService service;
    private final Messages messages;

    VillageApi(AccessContext access, VillageRepository villages, VillageService service, Messages messages) {
        this.access = access;
        this.villages = villages;
        this.service = service;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Villages of a commune in the caller's view scope, with the people and units naming each")
    List<VillageRepository.Listed> list(@RequestParam String commune) {
        service.viewableCommune(commune);
        return villages.list(access.currentUser().viewScope(), commune);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A village in the caller's view scope")
    Village get(@PathVariable long id) {
        return service.visible(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a village in a commune of the caller's capture scope (commune users)")
    Village create(@RequestBody VillageForm form) {
        return service.create(form);
    }

    @PostMapping("/bulk")
    @Operation(summary = "Create villages from a list, one per line; names already there are left alone")
    Map<String, Object> bulk(@RequestBody Bulk bulk) {
        var result = service.createAll(bulk.commune(), bulk.defaultType(), bulk.lines());
        return Map.of("created", result.created(), "existing", result.existing(),
                "errors", result.problems().stream().map(p -> Map.of("line", p.field(),
                        "message", messages.get(p.messageKey(), p.args()))).toList());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename a village (type and name)")
    Village rename(@PathVariable long id, @RequestBody Rename rename) {
        return service.rename(id, rename.type(), rename.name());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a village no person, household or unit names (409 otherwise)")
    void delete(@PathVariable long id) {
        service.delete(id);
    }
}
