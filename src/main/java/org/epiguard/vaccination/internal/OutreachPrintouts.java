package org.epiguard.vaccination.internal;

import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The list of a commune or village split by village, for the print view and the XLSX export. Both
 * hand personal data out of the system, so both leave an EXPORT audit record with the place, the
 * filters and the number of people.
 */
@Component
class OutreachPrintouts {

    private final OutreachLists lists;
    private final AuditTrail audit;

    OutreachPrintouts(OutreachLists lists, AuditTrail audit) {
        this.lists = lists;
        this.audit = audit;
    }

    @Transactional
    List<VillageSheet> byVillage(CurrentUser user, OutreachPlace place, OutreachFilter filter, String medium) {
        Map<Long, VillageSheet> sheets = new LinkedHashMap<>();
        VillageSheet[] none = {null};
        lists.eachByVillage(user, place, filter, e -> {
            if (e.villageId() == null) {
                if (none[0] == null) {
                    none[0] = VillageSheet.of(null, null);
                }
                none[0].people().add(e);
            } else {
                sheets.computeIfAbsent(e.villageId(), id -> VillageSheet.of(id, e.villageName())).people().add(e);
            }
        });
        List<VillageSheet> result = new ArrayList<>(sheets.values());
        if (none[0] != null) {
            result.add(none[0]);
        }
        if (result.isEmpty() && place.village() != null) {
            result.add(VillageSheet.of(place.villageId(), place.village().fullName()));
        }
        int count = result.stream().mapToInt(s -> s.people().size()).sum();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("commune", place.communeCode());
        after.put("village", place.villageId());
        after.put("date", filter.date().toString());
        after.put("reason", filter.reason());
        after.put("status", filter.status());
        after.put("medium", medium);
        after.put("rows", count);
        audit.record(AuditTrail.Action.EXPORT, "vaccination_outreach_list", place.communeCode(), place.location(),
                "outreach list " + medium + ": " + count + " people", null, after);
        return result;
    }
}
