package org.epiguard.testing.internal;

import java.util.List;

/** The receipt of a manifest at its lab: when it arrived and the barcodes scanned out of the box. */
record ReceiptInput(String receivedAt, List<String> barcodes) {
}
