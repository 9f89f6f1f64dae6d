package org.epiguard.demo.internal;

/**
 * An organisation unit of the demo province. {@code key} is its index in the plan; {@code parentKey}
 * the key of the unit it belongs to (an enterprise in an industrial zone), or -1.
 */
record DemoPlace(int key, PlacePurpose purpose, String name, String communeCode, String districtCode,
                 String address, Integer capacity, int parentKey) {

    String unitType() {
        return purpose.unitType();
    }
}
