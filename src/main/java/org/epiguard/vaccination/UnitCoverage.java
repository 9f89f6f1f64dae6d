package org.epiguard.vaccination;

import java.util.List;

/**
 * Coverage of one unit (province, district, commune or village) by age group. {@code level} is
 * PROVINCE, DISTRICT, COMMUNE or VILLAGE; a village's code is its id, and the row of the people of a
 * commune without a village has the code "" and no name.
 */
public record UnitCoverage(String code, String level, String name, List<GroupCoverage> groups) {

    public UnitCoverage {
        groups = List.copyOf(groups);
    }

    public GroupCoverage group(AgeGroup group) {
        return groups.stream().filter(g -> g.group() == group).findFirst().orElseThrow();
    }
}
