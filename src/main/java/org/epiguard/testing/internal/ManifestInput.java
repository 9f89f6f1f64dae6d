package org.epiguard.testing.internal;

import java.util.List;

/**
 * A manifest as its sender enters it: the sending unit (empty: the user's own unit), the lab it goes
 * to, when it was sent, whether the sender declares the samples sorted by priority, and the sample
 * barcodes in the order they are packed.
 */
record ManifestInput(Long senderUnitId, Long labUnitId, String sentAt, Boolean declaredSorted,
                     List<String> sampleBarcodes) {
}
