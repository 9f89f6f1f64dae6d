package org.epiguard.vaccination.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The listed people of one village (or of no village), with the counts printed in its header. */
record VillageSheet(Long villageId, String villageName, List<OutreachEntry> people) {

    static VillageSheet of(Long villageId, String villageName) {
        return new VillageSheet(villageId, villageName, new ArrayList<>());
    }

    public long elderlyWithComorbidities() {
        return people.stream().filter(p -> p.priority() == 0).count();
    }

    public long elderly() {
        return people.stream().filter(OutreachEntry::elderly).count();
    }

    public long unvaccinated() {
        return people.stream().filter(p -> p.doses() == 0).count();
    }

    public long withoutReason() {
        return people.stream().filter(p -> p.reason() == null).count();
    }

    public Map<OutreachReason, Long> byReason() {
        Map<OutreachReason, Long> m = new EnumMap<>(OutreachReason.class);
        for (OutreachReason r : OutreachReason.values()) {
            m.put(r, people.stream().filter(p -> p.reason() == r).count());
        }
        return m;
    }
}
