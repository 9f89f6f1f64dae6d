package org.epiguard.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the households and people of one commune at a time: ages from the commune's age bands,
 * households from {@link HouseholdBuilder}, then for each person a name, birth date, ID card, phone,
 * occupation and workplace, health. Communes must be generated in the same order every time: the
 * {@link IdentityNumbers} are shared.
 */
final class PeopleGenerator {

    private final long seed;
    private final LocalDate referenceDate;
    private final Map<String, List<DemoVillage>> villagesByCommune = new HashMap<>();
    private final Occupations occupations;
    private final IdentityNumbers ids;

    PeopleGenerator(long seed, LocalDate referenceDate, List<DemoVillage> villages, List<DemoPlace> places) {
        this.seed = seed;
        this.referenceDate = referenceDate;
        villages.forEach(v -> villagesByCommune.computeIfAbsent(v.communeCode(), k -> new ArrayList<>()).add(v));
        this.occupations = new Occupations(new Workplaces(places));
        this.ids = new IdentityNumbers(seed);
    }

    CommunePeople commune(Commune c, CommunePopulation population, int count, long firstHouseholdKey) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + Long.parseLong(c.code()));
        List<Resident> residents = residents(population, count, random);
        List<List<Resident>> groups = new HouseholdBuilder(residents, random).build();
        List<DemoVillage> villages = villagesByCommune.getOrDefault(c.code(), List.of());
        List<DemoHousehold> households = new ArrayList<>(groups.size());
        List<DemoPerson> people = new ArrayList<>(count);
        long key = firstHouseholdKey;
        for (List<Resident> group : groups) {
            DemoVillage village = villages.isEmpty() ? null : villages.get(random.nextInt(villages.size()));
            String address = address(village, random);
            var household = new DemoHousehold(key++, c.code(), c.districtCode(), village == null ? -1 : village.key(), address);
            households.add(household);
            Set<String> names = new HashSet<>();
            for (Resident r : group) {
                people.add(person(r, c, household, names, random));
            }
        }
        return new CommunePeople(c, households, people);
    }

    private static List<Resident> residents(CommunePopulation population, int count, SplittableRandom random) {
        double[] weights = population.bands().stream().mapToDouble(Integer::doubleValue).toArray();
        int[] perBand = population.total() == 0 ? new int[weights.length] : Apportion.split(count, weights);
        List<Resident> residents = new ArrayList<>(count);
        for (AgeBand band : AgeBand.values()) {
            for (int i = 0; i < perBand[band.ordinal()]; i++) {
                int age = band.drawAge(random);
                int menPerHundred = age < 18 ? 52 : age < 65 ? 50 : 42;
                residents.add(new Resident(age, random.nextInt(100) < menPerHundred ? 'M' : 'F'));
            }
        }
        return residents;
    }

    private static String address(DemoVillage village, SplittableRandom random) {
        String house = "Số nhà " + random.nextInt(1, 300);
        return village != null && !village.villageType().equals("THON") ? house + ", tổ " + random.nextInt(1, 12) : house;
    }

    /** A person of the household, named differently from the others in it (names holds theirs). */
    private DemoPerson person(Resident r, Commune c, DemoHousehold h, Set<String> names, SplittableRandom random) {
        LocalDate born = referenceDate.minusYears(r.age).minusDays(random.nextInt(0, 365));
        int birthYear = born.getYear();
        LocalDate birthDate = r.age >= 65 && random.nextInt(100) < 8 ? null : born;
        String name = VietnameseNames.fullName(r.familyName, r.sex, birthYear, random);
        for (int attempt = 0; attempt < 5 && !names.add(name); attempt++) {
            name = VietnameseNames.fullName(r.familyName, r.sex, birthYear, random);
        }
        String citizenId = null;
        if (r.age >= 14) {
            citizenId = birthYear < 1960 && random.nextInt(100) < 25 ? ids.cmnd() : ids.cccd(birthYear, r.sex, random);
        }
        int phoneChance = r.age < 18 ? 0 : r.age < 65 ? 92 : 60;
        String phone = random.nextInt(100) < phoneChance ? ids.mobile(random) : null;
        Occupations.Job job = occupations.of(r, c, random);
        return new DemoPerson(h.key(), c.code(), c.districtCode(), h.villageKey(), name, r.sex, birthYear, birthDate,
                citizenId, phone, job.occupation(), job.workplaceKey(), Health.comorbidities(r.age, random),
                Health.pregnant(r.age, r.sex, random), h.addressText());
    }
}
