package org.epiguard.demo.internal;

import java.util.SplittableRandom;

import static org.epiguard.demo.internal.PlacePurpose.*;

/**
 * The occupation group and workplace or school of a resident, following the target groups of the
 * provincial directives: pupils at the schools of their commune (upper-secondary in the district),
 * coal workers at the coal companies of their district, factory workers at the enterprises of the
 * nearest industrial zone, port workers at the ports, fishermen on the coast, traders at the markets,
 * health workers at the health station or a hospital, teachers at a school.
 */
final class Occupations {

    record Job(String occupation, int workplaceKey) {
        static final Job OTHER = new Job("OTHER", -1);
    }

    private final Workplaces workplaces;

    Occupations(Workplaces workplaces) {
        this.workplaces = workplaces;
    }

    Job of(Resident r, Commune c, SplittableRandom random) {
        if (r.age >= 6 && r.age <= 17) {
            return pupil(r, c, random);
        }
        if (r.age >= 18 && r.age <= 22 && random.nextInt(100) < 30) {
            return new Job("STUDENT", -1); // at a university or college, often outside the province
        }
        boolean workingAge = r.age >= 18 && r.age <= (r.sex == 'M' ? 60 : 55);
        if (workingAge) {
            return worker(r, c, random);
        }
        if (r.sex == 'F' && r.age > 55 && r.age <= 70 && random.nextInt(100) < 4) {
            return new Job("MARKET_TRADER", workplaces.nearest(c, random, MARKET));
        }
        return Job.OTHER;
    }

    private Job pupil(Resident r, Commune c, SplittableRandom random) {
        if (r.age <= 10) {
            return school(workplaces.nearest(c, random, PRIMARY_SCHOOL));
        }
        if (r.age <= 14) {
            return school(workplaces.nearest(c, random, LOWER_SECONDARY_SCHOOL));
        }
        return random.nextInt(100) < 90 ? school(workplaces.nearest(c, random, UPPER_SECONDARY_SCHOOL)) : Job.OTHER;
    }

    private static Job school(int key) {
        return new Job("STUDENT", key);
    }

    private Job worker(Resident r, Commune c, SplittableRandom random) {
        DistrictEconomy economy = DistrictEconomy.of(c.districtCode());
        boolean man = r.sex == 'M';
        double draw = random.nextDouble() * 100;
        double[] shares = {
                economy.coal() * (man ? 1.6 : 0.4),
                economy.fishing() * (man ? 1.7 : 0.3),
                economy.port() * (man ? 1.5 : 0.5),
                economy.factory() * (man ? 0.7 : 1.3),
                4 * (man ? 0.4 : 1.6),
                1.2 * (man ? 0.7 : 1.3),
                2 * (man ? 0.5 : 1.5)};
        int group = 0;
        while (group < shares.length && draw >= shares[group]) {
            draw -= shares[group];
            group++;
        }
        return switch (group) {
            case 0 -> placed("COAL_WORKER", workplaces.inDistrict(c.districtCode(), random, COAL_COMPANY));
            case 1 -> new Job("FISHERMAN", -1);
            case 2 -> placed("PORT_WORKER", workplaces.inDistrict(c.districtCode(), random, PORT));
            case 3 -> placed("FACTORY_WORKER", workplaces.inDistrict(economy.factoryDistrict(), random, FACTORY));
            case 4 -> new Job("MARKET_TRADER", workplaces.nearest(c, random, MARKET, SUPERMARKET));
            case 5 -> new Job("HEALTH_WORKER", random.nextBoolean()
                    ? workplaces.inCommune(c.code(), random, HEALTH_STATION)
                    : workplaces.inDistrict(c.districtCode(), random, HOSPITAL, FIELD_HOSPITAL, LABORATORY));
            case 6 -> new Job("TEACHER", workplaces.nearest(c, random, PRIMARY_SCHOOL, LOWER_SECONDARY_SCHOOL,
                    UPPER_SECONDARY_SCHOOL));
            default -> Job.OTHER;
        };
    }

    /** The job at that place, or "other" when the district has no such place. */
    private static Job placed(String occupation, int key) {
        return key < 0 ? Job.OTHER : new Job(occupation, key);
    }
}
