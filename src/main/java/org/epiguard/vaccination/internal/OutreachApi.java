package org.epiguard.vaccination.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.access.AccessContext;
import org.epiguard.platform.web.ListQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The outreach list of a commune or village (the not fully vaccinated, with their reasons) for machine clients. */
@RestController
@RequestMapping("/api/v1/vaccination/outreach")
@Tag(name = "Vaccination outreach", description = "The not fully vaccinated of a commune or village, with reasons")
class OutreachApi {

    record OutreachList(String communeCode, Long villageId, LocalDate date, long total, int page, int size,
                        List<OutreachEntry> rows) {
    }

    private final OutreachPlaces places;
    private final OutreachLists lists;
    private final AccessContext access;

    OutreachApi(OutreachPlaces places, OutreachLists lists, AccessContext access) {
        this.places = places;
        this.lists = lists;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "The outreach list of a commune (a commune user's own by default) or village on a date: "
            + "priority first, paged; reason NONE for those without one, status UNVACCINATED or PARTIAL. 404 outside your view scope")
    OutreachList list(@RequestParam(required = false) String commune, @RequestParam(required = false) String village,
                      @RequestParam(required = false) String date, @RequestParam(required = false) String reason,
                      @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
                      @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                      @RequestParam(required = false) String dir) {
        var place = places.require(commune, village);
        var filter = OutreachFilter.of(date, reason, status);
        var result = lists.page(access.currentUser(), place, filter,
                ListQuery.of(page, size, sort, dir, OutreachLists.SORTABLE, "priority"));
        return new OutreachList(place.communeCode(), place.villageId(), filter.date(), result.total(),
                result.query().page(), result.query().size(), result.rows());
    }
}
