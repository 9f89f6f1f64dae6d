package org.epiguard.demo.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The whole synthetic province for a seed and a number of people: population by commune and age
 * band (always the census total, whatever the number of people), villages, organisation units,
 * then the people, generated commune by commune so that 1.3 million of them never sit in memory.
 * The same seed, communes and size give the same data, to the last digit.
 */
final class DemoProvince {

    /** Ages and birth dates are as of this day (the seed's date, in the 2021 wave). */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2021, 10, 10);

    private final long seed;
    private final List<Commune> communes;
    private final List<CommunePopulation> population;
    private final List<DemoVillage> villages;
    private final List<DemoPlace> places;
    private final int[] peoplePerCommune;

    private DemoProvince(long seed, List<Commune> communes, int people) {
        this.seed = seed;
        this.communes = communes.stream().sorted(Comparator.comparing(Commune::code)).toList();
        this.population = PopulationPlan.split(this.communes, seed);
        this.villages = VillagePlan.villages(this.communes, seed);
        this.places = PlacePlan.places(this.communes, seed);
        this.peoplePerCommune = Apportion.split(people,
                population.stream().mapToDouble(CommunePopulation::total).toArray());
    }

    static DemoProvince plan(long seed, List<Commune> communes, int people) {
        if (people < 0) {
            throw new IllegalArgumentException("the number of demo people cannot be negative");
        }
        return new DemoProvince(seed, communes, people);
    }

    List<CommunePopulation> population() {
        return population;
    }

    List<DemoVillage> villages() {
        return villages;
    }

    List<DemoPlace> places() {
        return places;
    }

    /** Generates the people, commune after commune in a fixed order, handing each commune to the sink. */
    void generatePeople(Consumer<CommunePeople> sink) {
        PeopleGenerator generator = new PeopleGenerator(seed, REFERENCE_DATE, villages, places);
        long nextHousehold = 0;
        for (int i = 0; i < communes.size(); i++) {
            CommunePeople batch = generator.commune(communes.get(i), population.get(i), peoplePerCommune[i], nextHousehold);
            nextHousehold += batch.households().size();
            sink.accept(batch);
        }
    }
}
