package org.epiguard.testing.internal;

/**
 * A sample as a user enters it: the time as dd/MM/yyyy HH:mm (or ISO), the place a commune (GSO
 * code) and/or an organisation unit, the collecting unit (empty: the user's own unit), the lab it is
 * sent to (optional). The barcode is required except for a rapid test done on the spot. The screening
 * campaign it is taken for is optional.
 */
record SampleInput(String barcode, Long personId, String priority, String collectedAt, String placeCommuneCode,
                   Long placeUnitId, Long collectingUnitId, Long labUnitId, Long campaignId) {

    /** A sample taken for no campaign. */
    SampleInput(String barcode, Long personId, String priority, String collectedAt, String placeCommuneCode,
                Long placeUnitId, Long collectingUnitId, Long labUnitId) {
        this(barcode, personId, priority, collectedAt, placeCommuneCode, placeUnitId, collectingUnitId, labUnitId, null);
    }
}
