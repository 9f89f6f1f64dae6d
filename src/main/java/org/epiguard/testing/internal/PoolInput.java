package org.epiguard.testing.internal;

import java.util.List;

/**
 * A pool as a user enters it: its own barcode, the area's risk (LOW or HIGH, for the size rule),
 * when the samples were pooled, the barcodes of its member samples, the pooling unit (empty: the
 * user's own unit) and the lab it goes to (optional).
 */
record PoolInput(String barcode, String areaRisk, String pooledAt, List<String> sampleBarcodes, Long collectingUnitId,
                 Long labUnitId) {
}
