package org.epiguard.testing.internal;

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

/** Bulk result uploads for machine clients: upload (202 and the job), status, errors. Only the owner sees a job. */
@RestController
@RequestMapping("/api/v1/testing/results/imports")
@Tag(name = "Testing result uploads", description = "Upload test results (CSV/XLSX) as a background job")
class ResultImportApi {

    record JobAnswer(ResultImportJob job, String failure) {
    }

    private final ResultImportJobs jobs;

    ResultImportApi(ResultImportJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping(consumes = "multipart/form-data")
    @Operation(summary = "Start an upload: 202 with the job; poll its status")
    ResponseEntity<ResultImportJob> upload(@RequestParam("file") MultipartFile file) throws IOException {
        ResultImportJob job = jobs.start(file.getOriginalFilename(), file.getInputStream());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/testing/results/imports/" + job.id())).body(job);
    }

    @GetMapping
    @Operation(summary = "The caller's latest uploads")
    List<ResultImportJob> recent() {
        return jobs.recent();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A job's state and counts")
    JobAnswer status(@PathVariable long id) {
        ResultImportJob job = jobs.get(id);
        return new JobAnswer(job, jobs.failureText(job, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/{id}/errors")
    @Operation(summary = "A job's rejected rows: row, field, column, value and message")
    List<ResultImportError> errors(@PathVariable long id, @RequestParam(defaultValue = "1000") int limit) {
        return jobs.errors(id, Math.min(Math.max(limit, 1), 100_000), LocaleContextHolder.getLocale());
    }
}
