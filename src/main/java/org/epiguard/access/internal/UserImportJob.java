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

    public String id() {
        return id;
    }

    long ownerId() {
        return ownerId;
    }

    public String fileName() {
        return fileName;
    }

    public int total() {
        return total;
    }

    Instant startedAt() {
        return startedAt;
    }

    public int processed() {
        return processed.get();
    }

    public int created() {
        return created.get();
    }

    public int unchanged() {
        return unchanged.get();
    }

    public State state() {
        return state;
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    public int percent() {
        return total == 0 ? 100 : processed.get() * 100 / total;
    }

    /** Rows refused (a row with several bad fields counts once). */
    public synchronized int rowsWithErrors() {
        return (int) errors.stream().mapToInt(RowError::row).distinct().count();
    }

    public synchronized List<RowError> errors() {
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
