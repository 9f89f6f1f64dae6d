package org.epiguard.tracing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/** Bulk check-in files for machine clients: upload (202 and the job), status, errors by row and field. */
@RestController
@RequestMapping("/api/v1/tracing/checkins/imports")
@Tag(name = "Tracing: check-in imports", description = "Upload a CSV/XLSX file of check-ins as a background job")
class CheckinImportApi {

    record JobAnswer(CheckinImportJob job, String failure) {
    }

    private final CheckinImportJobs jobs;

    CheckinImportApi(CheckinImportJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping(consumes = "multipart/form-data")
    @Operation(summary = "Start an import: 202 with the job; poll its status; the same file again adds nothing")
    ResponseEntity<CheckinImportJob> upload(@RequestParam("file") MultipartFile file) throws IOException {
        CheckinImportJob job = jobs.start(file.getOriginalFilename(), file.getInputStream());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/tracing/checkins/imports/" + job.id())).body(job);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A job's state and counts (only its owner sees it)")
    JobAnswer status(@PathVariable long id) {
        CheckinImportJob job = jobs.get(id);
        return new JobAnswer(job, jobs.failureText(job, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/{id}/errors")
    @Operation(summary = "A job's rejected rows: row, field, column, value and message")
    List<CheckinImportJobs.RowError> errors(@PathVariable long id, @RequestParam(defaultValue = "1000") int limit) {
        return jobs.errors(id, Math.min(Math.max(limit, 1), 100_000), LocaleContextHolder.getLocale());
    }
}
