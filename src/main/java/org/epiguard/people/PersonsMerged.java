package org.epiguard.people;

/**
 * Published when a duplicate person is merged into a survivor. It is delivered synchronously,
 * inside the merge's transaction: a module that keeps rows referring to people moves the rows of
 * {@code mergedId} to {@code survivorId} in its listener, so the merge lands whole or not at all.
 */
public record PersonsMerged(long survivorId, long mergedId) {
}
