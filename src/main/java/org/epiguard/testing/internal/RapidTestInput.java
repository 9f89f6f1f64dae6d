package org.epiguard.testing.internal;

/**
 * A rapid test done on the spot or a self-test reported by the person, in one step: the sample
 * (barcode optional) and its result. {@code unitId} is the unit that did or received it (empty: the
 * user's own unit). The screening campaign it is done for is optional.
 */
record RapidTestInput(Long personId, String kind, String outcome, String testedAt, String priority, String barcode,
                      String placeCommuneCode, Long placeUnitId, Long unitId, Long campaignId) {

    /** A rapid test done for no campaign. */
    RapidTestInput(Long personId, String kind, String outcome, String testedAt, String priority, String barcode,
                   String placeCommuneCode, Long placeUnitId, Long unitId) {
        this(personId, kind, outcome, testedAt, priority, barcode, placeCommuneCode, placeUnitId, unitId, null);
    }
}
