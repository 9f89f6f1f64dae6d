package org.epiguard.geo.internal;

import org.epiguard.access.Location;
import org.epiguard.geo.OrgUnitType;

/** An organisation unit with everything the pages and the API show of it. */
record OrgUnitDetail(long id, OrgUnitType type, String name, String address, Integer capacity, String phone,
                     String provinceCode, String districtCode, String communeCode, String communeName,
                     Long villageId, String villageName, boolean active) {

    Location location() {
        return new Location(provinceCode, districtCode, communeCode, id);
    }

    OrgUnitForm asForm() {
        return new OrgUnitForm(type.name(), name, address == null ? "" : address,
                capacity == null ? "" : capacity.toString(), communeCode,
                villageId == null ? "" : villageId.toString(), phone == null ? "" : phone);
    }
}
