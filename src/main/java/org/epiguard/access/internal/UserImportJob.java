package org.epiguard.access.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** A bulk user import running in the background: progress, counts and the errors by row and column. */
final class UserImportJob {

    enum State { RUNNING, DONE, FAILED }

    record RowError(int row, UserImportColumn column, Problems.Problem problem) {
    }

    private final String id = UUID.randomUUID().toString();
    private final long ownerId;
    private final String fileName;
    private final int total;
    private final Instant startedAt = Instant.now();
    private final AtomicInteger processed = new AtomicInteger();
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final List<RowError> errors = new ArrayList<>();
    private volatile State state = State.RUNNING;

    UserImportJob(long ownerId, String fileName, int total) {
        this.ownerId = ownerId;
        this.fileName = fileName;
        this.total = total;
    }

    String id() {
        return id;
    }

    long ownerId() {
        return ownerId;
    }

    String fileName() {
        return fileName;
    }

    int total() {
        return total;
    }

    Instant startedAt() {
        return startedAt;
    }

    int processed() {
        return processed.get();
    }

    int created() {
        return created.get();
    }

    int unchanged() {
        return unchanged.get();
    }

    State state() {
        return state;
    }

    boolean running() {
        return state == State.RUNNING;
    }

    int percent() {
        return total == 0 ? 100 : processed.get() * 100 / total;
    }

    /** Rows refused (a row with several bad fields counts once). */
    synchronized int rowsWithErrors() {
        return (int) errors.stream().mapToInt(RowError::row).distinct().count();
    }

    synchronized List<RowError> errors() {
        return errors.stream().sorted(Comparator.comparingInt(RowError::row)).toList();
    }

    synchronized void refuse(int row, Problems problems) {
        problems.list().forEach(p -> errors.add(new RowError(row, UserImportColumn.forField(p.field()), p)));
    }

    void countCreated() {
        created.incrementAndGet();
    }

    void countUnchanged() {
        unchanged.incrementAndGet();
    }

    void advance(int rows) {
        processed.addAndGet(rows);
    }

    void finish(State end) {
        state = end;
    }
}
