package org.epiguard.demo.internal;

import java.util.List;

/** The households and people generated for one commune. */
record CommunePeople(Commune commune, List<DemoHousehold> households, List<DemoPerson> people) {
}
