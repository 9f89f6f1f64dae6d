package org.epiguard.geo.internal;

/**
 * An organisation unit as typed in the form or sent to the API. Numbers arrive as text so that a
 * wrong one is reported on its field.
 */
record OrgUnitForm(String type, String name, String address, String capacity, String commune, String village,
                   String phone) {

    static OrgUnitForm empty(String commune) {
        return new OrgUnitForm("", "", "", "", commune == null ? "" : commune, "", "");
    }
}
