package org.epiguard.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Groups the residents of a commune into households of 1 to 6 people that look like Vietnamese
 * families: children with parents 17–45 years older who share the father's family name, sometimes
 * a grandparent, grown-up children still at home, elderly couples, and people living alone.
 * Every resident ends up in exactly one household.
 */
final class HouseholdBuilder {

    static final int MAX_SIZE = 6;
    private static final int YOUNG_ADULT = 30;

    private final SplittableRandom random;
    private final AgePool adults = new AgePool();
    private final AgePool children = new AgePool();
    private final List<Family> families = new ArrayList<>();
    private final List<List<Resident>> households = new ArrayList<>();

    /** A household with parents, whose age decides who else may join it. */
    private record Family(List<Resident> members, int parentAge, String familyName) {
    }

    HouseholdBuilder(List<Resident> residents, SplittableRandom random) {
        this.random = random;
        residents.forEach(r -> (r.age < 18 ? children : adults).add(r));
    }

    List<List<Resident>> build() {
        for (int age = 17; age >= 0; age--) {
            Resident eldest;
            while ((eldest = children.take('?', age, age, age)) != null) {
                familyAround(eldest);
            }
        }
        List<Resident> young = new ArrayList<>();
        for (Resident r : adults.drain()) {
            if (r.age <= YOUNG_ADULT) {
                young.add(r);
            } else {
                adults.add(r);
            }
        }
        couples(92, true);
        for (Resident r : adults.drain()) {
            if (!(r.age >= 60 && random.nextInt(100) < 70 && joinFamily(r, r.age - 45, r.age - 20))) {
                alone(r);
            }
        }
        for (Resident r : young) {
            if (!(random.nextInt(100) < 80 && joinFamily(r, r.age + 18, r.age + 42))) {
                adults.add(r);
            }
        }
        couples(60, false);
        adults.drain().forEach(this::alone);
        return households;
    }

    private void familyAround(Resident eldest) {
        List<Resident> kids = new ArrayList<>(List.of(eldest));
        int wanted = pickSiblings();
        int previous = eldest.age;
        for (int i = 1; i < wanted; i++) {
            Resident sibling = children.take('?', previous - random.nextInt(2, 6), 0, previous);
            if (sibling == null) {
                break;
            }
            kids.add(sibling);
            previous = sibling.age;
        }
        Resident mother = adults.take('F', eldest.age + random.nextInt(22, 33), eldest.age + 17, eldest.age + 45);
        Resident father = random.nextInt(100) < 88 ? adults.take('M',
                (mother != null ? mother.age : eldest.age + 26) + random.nextInt(0, 6), eldest.age + 18, eldest.age + 55)
                : null;
        if (mother == null && father == null) {
            father = adults.take('?', eldest.age + 30, eldest.age + 16, AgePool.MAX_AGE);
        }
        String family = father != null ? VietnameseNames.familyName(random) : null;
        List<Resident> members = new ArrayList<>();
        int parentAge = eldest.age + 25;
        if (father != null) {
            father.familyName = family;
            members.add(father);
            parentAge = father.age;
        }
        if (mother != null) {
            mother.familyName = VietnameseNames.familyName(random);
            members.add(mother);
            parentAge = mother.age;
            family = family == null ? mother.familyName : family;
        }
        if (family == null) {
            family = VietnameseNames.familyName(random);
        }
        for (Resident kid : kids) {
            kid.familyName = family;
        }
        boolean withParents = !members.isEmpty();
        members.addAll(kids);
        if (withParents && members.size() < MAX_SIZE && random.nextInt(100) < 30) {
            Resident grandparent = adults.take('?', parentAge + 27, parentAge + 18, AgePool.MAX_AGE);
            if (grandparent != null) {
                grandparent.familyName = grandparent.sex == 'M' && father != null ? family : VietnameseNames.familyName(random);
                members.add(grandparent);
            }
        }
        households.add(members);
        if (withParents) {
            families.add(new Family(members, parentAge, family));
        }
    }

    /** 1, 2 or 3 children (35 %, 45 %, 20 %). */
    private int pickSiblings() {
        int r = random.nextInt(100);
        return r < 35 ? 1 : r < 80 ? 2 : 3;
    }

    /** Adds the resident to a random family whose parents' age lies in the range; false if none found. */
    private boolean joinFamily(Resident r, int minParentAge, int maxParentAge) {
        for (int attempt = 0; attempt < 30 && !families.isEmpty(); attempt++) {
            Family f = families.get(random.nextInt(families.size()));
            if (f.members().size() < MAX_SIZE && f.parentAge() >= minParentAge && f.parentAge() <= maxParentAge) {
                r.familyName = r.age < f.parentAge() ? f.familyName() : VietnameseNames.familyName(random);
                f.members().add(r);
                return true;
            }
        }
        return false;
    }

    /**
     * Men of the pool with a wife of about their age (this often in a hundred); the couples may
     * take in grown-up children or a parent later when they are families. Unmarried men live alone.
     */
    private void couples(int percent, boolean asFamilies) {
        List<Resident> men = new ArrayList<>();
        for (Resident r : adults.drain()) {
            if (r.sex == 'M') {
                men.add(r);
            } else {
                adults.add(r);
            }
        }
        for (Resident man : men) {
            Resident wife = random.nextInt(100) < percent ? adults.take('F', man.age - 3, man.age - 12, man.age + 5) : null;
            if (wife == null) {
                alone(man);
                continue;
            }
            man.familyName = VietnameseNames.familyName(random);
            wife.familyName = VietnameseNames.familyName(random);
            List<Resident> members = new ArrayList<>(List.of(man, wife));
            households.add(members);
            if (asFamilies) {
                families.add(new Family(members, man.age, man.familyName));
            }
        }
    }

    private void alone(Resident r) {
        r.familyName = VietnameseNames.familyName(random);
        households.add(new ArrayList<>(List.of(r)));
    }
}
