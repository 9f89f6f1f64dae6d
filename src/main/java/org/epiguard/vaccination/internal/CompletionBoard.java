package org.epiguard.vaccination.internal;

import org.epiguard.access.AccessDirectory;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.access.ScopeLevel;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which communes of the user's view scope have completed their lists by the deadline and, for those
 * that have not (or did so late), the district command centre responsible: the enabled users with
 * the DISTRICT_COMMAND role of that district, with their phone.
 */
@Component
class CompletionBoard {

    record CommuneLine(AdminUnit commune, AdminUnit district, ListCompletions.Completion completion, boolean onTime,
                       List<AccessDirectory.UserContact> responsible) {

        public boolean completed() {
            return completion != null;
        }
    }

    record Board(String provinceCode, LocalDate deadline, List<CommuneLine> lines) {

        public long completedOnTime() {
            return lines.stream().filter(l -> l.completed() && l.onTime()).count();
        }

        public long late() {
            return lines.stream().filter(l -> l.completed() && !l.onTime()).count();
        }

        public long notCompleted() {
            return lines.stream().filter(l -> !l.completed()).count();
        }
    }

    private final GeoDirectory geo;
    private final ListCompletions completions;
    private final AccessDirectory directory;

    CompletionBoard(GeoDirectory geo, ListCompletions completions, AccessDirectory directory) {
        this.geo = geo;
        this.completions = completions;
        this.directory = directory;
    }

    Board of(CurrentUser me, String districtFilter) {
        Scope view = me.viewScope();
        String province = switch (view.level()) {
            case PROVINCE -> view.code();
            case DISTRICT, COMMUNE -> geo.unit(view.code()).map(AdminUnit::provinceCode).orElse(null);
            default -> null;
        };
        if (province == null) {
            return new Board(null, null, List.of());
        }
        LocalDate deadline = completions.deadline(province).orElse(null);
        var done = completions.currentIn(province);
        Map<String, List<AccessDirectory.UserContact>> heads = new HashMap<>();
        List<CommuneLine> lines = geo.communesIn(view).stream()
                .filter(c -> districtFilter == null || districtFilter.isBlank() || districtFilter.equals(c.districtCode()))
                .sorted(java.util.Comparator.comparing(AdminUnit::districtCode).thenComparing(AdminUnit::name))
                .map(c -> {
                    var completion = done.get(c.code());
                    boolean onTime = completion != null && completion.onTime(deadline);
                    List<AccessDirectory.UserContact> responsible = onTime ? List.of()
                            : heads.computeIfAbsent(c.districtCode(), d -> directory.usersOf(Role.DISTRICT_COMMAND,
                                    new Scope(ScopeLevel.DISTRICT, d)));
                    return new CommuneLine(c, geo.unit(c.districtCode()).orElse(null), completion, onTime, responsible);
                })
                .toList();
        return new Board(province, deadline, lines);
    }
}
