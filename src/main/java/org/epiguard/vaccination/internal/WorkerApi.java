package org.epiguard.vaccination.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.platform.web.ListQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Out-of-province workers for machine clients: the list (or an area's summary), registration, list upload. */
@RestController
@RequestMapping("/api/v1/vaccination/workers")
@Tag(name = "Vaccination: out-of-province workers", description = "Workers from other provinces with 0 or 1 dose, per enterprise")
class WorkerApi {

    record Problem(String field, String code, String message, boolean confirmable) {
    }

    record RowProblem(int row, String field, String code, String message, String value) {
    }

    record WorkerList(long enterpriseId, String enterpriseName, LocalDate date, long total, int page, int size,
                      List<WorkerEntry> rows) {
    }

    record Summary(LocalDate date, long total, int page, int size, List<EnterpriseWorkers> enterprises) {
    }

    record Registered(long workerId, long personId, boolean added) {
    }

    record Uploaded(String fileName, int rowsRead, int added, int known, int rejected, List<RowProblem> errors) {
    }

    private final WorkerEnterprises enterprises;
    private final WorkerLists lists;
    private final WorkerRegistration registration;
    private final WorkerUpload upload;
    private final MessageSource messages;

    WorkerApi(WorkerEnterprises enterprises, WorkerLists lists, WorkerRegistration registration, WorkerUpload upload,
              MessageSource messages) {
        this.enterprises = enterprises;
        this.lists = lists;
        this.registration = registration;
        this.upload = upload;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "An enterprise's out-of-province workers with 0 or 1 dose on a date (default today); an area "
            + "user without enterprise gets the summary per enterprise of their scope. 404 outside your view scope")
    Object list(@RequestParam(required = false) String enterprise, @RequestParam(required = false) String date,
                @RequestParam(required = false) String doses, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir) {
        var me = enterprises.viewer();
        LocalDate on = OutreachDates.parse("date", date);
        var unit = enterprises.forView(enterprise);
        if (unit.isEmpty()) {
            var result = lists.summary(me, on, ListQuery.of(page, size, sort, dir, WorkerLists.SUMMARY_SORTABLE, "name"));
            return new Summary(on, result.total(), result.query().page(), result.query().size(), result.rows());
        }
        var result = lists.page(me, unit.get(), on, WorkerPages.doses(doses),
                ListQuery.of(page, size, sort, dir, WorkerLists.SORTABLE, "doses"));
        return new WorkerList(unit.get().id(), unit.get().name(), on, result.total(), result.query().page(),
                result.query().size(), result.rows());
    }

    @PostMapping
    @Operation(summary = "Register a worker (an existing person by personId, else by citizen ID, created when new): "
            + "201, 200 when the same period was registered already, 400 with problems by field, 403 outside your capture scope")
    ResponseEntity<Registered> register(@RequestParam(required = false) String enterprise, @RequestBody WorkerInput input) {
        var unit = enterprises.forRegistration(enterprise);
        var outcome = registration.register(enterprises.registrar(), unit, input, "FORM");
        return ResponseEntity.status(outcome.added() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new Registered(outcome.workerId(), outcome.personId(), outcome.added()));
    }

    @PostMapping("/uploads")
    @Operation(summary = "Upload a CSV/XLSX list of workers: good rows registered, bad rows reported by row and field; "
            + "the same file again adds nothing")
    Uploaded upload(@RequestParam(required = false) String enterprise, @RequestParam("file") MultipartFile file)
            throws IOException {
        var unit = enterprises.forRegistration(enterprise);
        var result = upload.upload(enterprises.registrar(), unit, file.getOriginalFilename(), file.getBytes());
        Locale locale = LocaleContextHolder.getLocale();
        return new Uploaded(result.fileName(), result.rowsRead(), result.added(), result.known(), result.rejected(),
                result.errors().stream().map(e -> new RowProblem(e.row(), e.field(), e.problem().code(),
                        message(e.problem(), locale), e.value())).toList());
    }

    @ExceptionHandler(InvalidWorker.class)
    ResponseEntity<Map<String, List<Problem>>> invalid(InvalidWorker e) {
        Locale locale = LocaleContextHolder.getLocale();
        return ResponseEntity.badRequest().body(Map.of("errors", e.problems().stream()
                .map(p -> new Problem(p.field(), p.code(), message(p, locale), p.confirmable())).toList()));
    }

    private String message(FieldProblem p, Locale locale) {
        return messages.getMessage(p.messageKey(), p.args().toArray(), p.code(), locale);
    }
}
