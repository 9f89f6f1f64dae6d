package org.epiguard.testing.internal;

import org.epiguard.access.Location;
import org.epiguard.testing.TestKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A checked result ready to be written: of a sample (personId set) or of a pool (sampleId null),
 * or a member's result given by its pool (fromPoolTestId set). The location and the collecting and
 * place units are those of the sample (or pool), for the scope.
 */
record TestDraft(TestKind kind, Long sampleId, Long poolId, Long fromPoolTestId, Long personId, Outcome outcome,
                 BigDecimal ctValue, Instant resultAt, Long unitId, Long collectingUnitId, Long placeUnitId,
                 Location where) {

    Map<String, Object> auditFields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.name());
        m.put("sampleId", sampleId);
        m.put("poolId", poolId);
        m.put("fromPoolTestId", fromPoolTestId);
        m.put("personId", personId);
        m.put("outcome", outcome.name());
        m.put("ctValue", ctValue);
        m.put("resultAt", resultAt.toString());
        m.put("unitId", unitId);
        return m;
    }
}
