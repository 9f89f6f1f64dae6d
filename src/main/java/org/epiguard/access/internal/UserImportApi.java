package org.epiguard.access.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;

/** Bulk user creation from XLSX or CSV for scripts: start a job, then poll it. */
@RestController
@RequestMapping("/api/v1/admin/users/import")
@Tag(name = "Users (administration)")
class UserImportApi {

    record RowErrorView(int row, String column, String message) {
    }

    record JobView(String id, String fileName, String state, int total, int processed, int created, int unchanged,
                   int rowsWithErrors, List<RowErrorView> errors) {
    }

    private final UserImportJobs jobs;
    private final MessageSource messages;

    UserImportApi(UserImportJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Starts creating the users of an XLSX or CSV file (columns as in the template)")
    JobView start(@RequestParam MultipartFile file) throws IOException {
        return view(jobs.start(file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Progress and result of an import: counts and errors by row and column")
    JobView get(@PathVariable String id) {
        return view(jobs.get(id));
    }

    private JobView view(UserImportJob job) {
        String state = job.state().name();
        return new JobView(job.id(), job.fileName(), state, job.total(), job.processed(), job.created(),
                job.unchanged(), job.rowsWithErrors(), errors(job, messages));
    }

    /** The errors of a job, row by row, in the reader's language. */
    static List<RowErrorView> errors(UserImportJob job, MessageSource messages) {
        var locale = LocaleContextHolder.getLocale();
        return job.errors().stream()
                .map(e -> new RowErrorView(e.row(), e.column().header(), e.problem().message(messages, locale))).toList();
    }
}
