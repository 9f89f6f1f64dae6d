package org.epiguard.testing.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A list of barcodes as scanned or typed (a pool's members, a manifest's samples, a receipt): each
 * well formed and listed once, its problems under its own field ({@code sampleBarcodes[2]}).
 */
final class BarcodeList {

    private BarcodeList() {
    }

    /** Hands each good, first-listed barcode with its field to {@code each}; the others become problems. */
    static void check(String field, List<String> barcodes, List<TestingProblem> problems, BiConsumer<String, String> each) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < barcodes.size(); i++) {
            String itemField = field + "[" + i + "]";
            var code = Fields.barcode(itemField, barcodes.get(i), true, problems);
            if (code.isEmpty()) {
                continue;
            }
            if (!seen.add(code.get())) {
                problems.add(TestingProblem.of(itemField, "DUPLICATE_SAMPLE", code.get()));
                continue;
            }
            each.accept(itemField, code.get());
        }
    }
}
