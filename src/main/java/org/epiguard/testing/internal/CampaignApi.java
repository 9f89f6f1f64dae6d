package org.epiguard.testing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.platform.web.ListPage;
import org.epiguard.platform.web.ListQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Screening campaigns and the daily pre-shift list for machine clients, in the caller's scopes. */
@RestController
@RequestMapping("/api/v1/testing")
@Tag(name = "Testing campaigns", description = "Screening campaigns: target, progress per unit, who is untested; pre-shift lists")
class CampaignApi {

    record AttendeesInput(List<Long> personIds) {
    }

    record Added(int added) {
    }

    record UploadError(int row, String field, String value, String code, String message) {
    }

    record UploadResult(int rows, int added, List<UploadError> errors) {
    }

    private final CampaignEntry entry;
    private final CampaignRepository campaigns;
    private final CampaignProgress progress;
    private final PreShiftList preShift;
    private final MessageSource messages;

    CampaignApi(CampaignEntry entry, CampaignRepository campaigns, CampaignProgress progress, PreShiftList preShift,
                MessageSource messages) {
        this.entry = entry;
        this.campaigns = campaigns;
        this.progress = progress;
        this.preShift = preShift;
        this.messages = messages;
    }

    @GetMapping("/campaigns")
    @Operation(summary = "The campaigns in your view scope, running ones first")
    List<Campaign> list() {
        return campaigns.list(entry.reader().viewScope(), CampaignDays.today(), TestingApi.LIST_LIMIT);
    }

    @PostMapping("/campaigns")
    @Operation(summary = "Create a campaign (kind OCCUPATION, COMMUNE, SCHOOL, ENTERPRISE, EVENT; dates dd/MM/yyyy): 201; 400 by field; 403 outside your capture scope")
    ResponseEntity<Campaign> create(@RequestBody CampaignInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(entry.create(input));
    }

    @GetMapping("/campaigns/{id}")
    @Operation(summary = "A campaign's target, sampled, resulted, positive and untested per unit (a daily one: for the date, default today); 404 outside your view scope")
    CampaignProgress.Progress campaign(@PathVariable long id, @RequestParam(required = false) String date) {
        var user = entry.reader();
        Campaign c = entry.find(id);
        return progress.progress(user, c, CampaignDays.of(c, date));
    }

    @GetMapping("/campaigns/{id}/untested")
    @Operation(summary = "Who in the target group (in your view scope) has not been tested (a daily campaign: has no negative test that day), paged; unit: a commune code or unit id")
    ListPage<CampaignProgress.Untested> untested(@PathVariable long id, @RequestParam(required = false) String date,
                                                 @RequestParam(required = false) String unit,
                                                 @RequestParam(required = false) Integer page,
                                                 @RequestParam(required = false) Integer size,
                                                 @RequestParam(required = false) String sort,
                                                 @RequestParam(required = false) String dir) {
        var user = entry.reader();
        Campaign c = entry.find(id);
        return progress.untested(user, c, CampaignDays.of(c, date), unit,
                ListQuery.of(page, size, sort, dir, CampaignProgress.SORTABLE, "name"));
    }

    @PostMapping("/campaigns/{id}/attendees")
    @Operation(summary = "Add people to an event's attendees: all or nothing, 400 naming attendeeIds[i]; adding someone twice adds nothing")
    Added addAttendees(@PathVariable long id, @RequestBody AttendeesInput input) {
        return new Added(entry.addAttendees(id, input.personIds()));
    }

    @PostMapping(path = "/campaigns/{id}/attendees/upload", consumes = "multipart/form-data")
    @Operation(summary = "Upload an event's attendee list (CSV/XLSX, column CCCD/CMND or Mã người): good rows kept, the others by row and field")
    UploadResult upload(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        var result = entry.upload(id, file.getBytes());
        var locale = LocaleContextHolder.getLocale();
        return new UploadResult(result.rows(), result.added(), result.errors().stream()
                .map(e -> new UploadError(e.row(), e.field(), e.value(), e.code(),
                        messages.getMessage("testing.problem." + e.code(), e.args().toArray(), e.code(), locale)))
                .toList());
    }

    @GetMapping("/campaigns/pre-shift")
    @Operation(summary = "An enterprise's workers without a negative test on the date (default today), a positive flagged; unit: for area users")
    Map<String, Object> preShift(@RequestParam(required = false) Long unit, @RequestParam(required = false) String date,
                                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                 @RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
        var user = entry.reader();
        var day = CampaignDays.parse(date);
        Campaign c = PreShiftList.asCampaign(preShift.unit(user, unit), day);
        return Map.of("progress", progress.progress(user, c, day), "untested", progress.untested(user, c, day, null,
                ListQuery.of(page, size, sort, dir, CampaignProgress.SORTABLE, "name")));
    }

    @ExceptionHandler(InvalidTestingInput.class)
    ResponseEntity<Map<String, List<TestingApi.Problem>>> invalid(InvalidTestingInput e) {
        return TestingApi.badRequest(e, messages);
    }
}
