package org.epiguard.vaccination.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A dose that passed validation, ready to be written. */
record DoseDraft(String productCode, String lot, LocalDate doseDate, int doseNumber, Long siteOrgId, String siteName) {

    Map<String, Object> auditFields(long personId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("personId", personId);
        m.put("doseNumber", doseNumber);
        m.put("productCode", productCode);
        m.put("lot", lot);
        m.put("doseDate", doseDate.toString());
        m.put("siteOrgId", siteOrgId);
        return m;
    }
}
