package org.epiguard.demo.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Hands out citizen IDs and phone numbers that are valid and never repeat within one generation.
 * <ul>
 * <li>CCCD (12 digits): province of birth registration (022 Quảng Ninh), the century-and-sex digit
 * (0/1 man/woman born 1900–1999, 2/3 born 2000–2099), the last two digits of the birth year, then six
 * digits that look random.</li>
 * <li>CMND (9 digits, the older card): 10 (Quảng Ninh) and seven digits.</li>
 * <li>Mobile phones: 10 digits with a prefix of a Vietnamese network (09x, 08x, 03x, 07x, 05x).</li>
 * </ul>
 * Uniqueness comes from counting per prefix and scrambling the count with a bijection modulo 10^n,
 * so the numbers look random but cannot collide.
 */
final class IdentityNumbers {

    private static final String[] OTHER_BIRTH_PROVINCES = {"001", "020", "024", "030", "031", "033", "034", "036",
            "038", "040"};
    private static final String[] PHONE_PREFIXES = {"090", "091", "093", "094", "096", "097", "098", "081", "082",
            "083", "084", "085", "086", "088", "089", "032", "033", "034", "035", "036", "037", "038", "039",
            "070", "076", "077", "078", "079", "056", "058", "059"};

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000};

    private final Map<String, Integer> counters = new HashMap<>();
    private final long seed;

    IdentityNumbers(long seed) {
        this.seed = seed;
    }

    String cccd(int birthYear, char sex, SplittableRandom random) {
        String province = random.nextInt(100) < 88 ? "022" : OTHER_BIRTH_PROVINCES[random.nextInt(OTHER_BIRTH_PROVINCES.length)];
        int century = birthYear < 2000 ? 0 : 2;
        String prefix = province + (century + (sex == 'F' ? 1 : 0)) + zeroPadded(birthYear % 100, 2);
        return prefix + scrambled(prefix, 6);
    }

    String cmnd() {
        return "10" + scrambled("cmnd", 7);
    }

    String mobile(SplittableRandom random) {
        String prefix = PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)];
        return prefix + scrambled("tel" + prefix, 7);
    }

    /** The next number of this series, n digits, as a bijection of the series' counter. */
    private String scrambled(String series, int digits) {
        int modulus = POWERS_OF_TEN[digits];
        int n = counters.merge(series, 1, Integer::sum) - 1;
        if (n >= modulus) {
            throw new IllegalStateException("series " + series + " is exhausted");
        }
        long offset = Math.floorMod(seed * 1_000_003L + series.hashCode(), modulus);
        // 7_368_787 is odd and not a multiple of 5, hence invertible modulo 10^n
        long value = Math.floorMod(n * 7_368_787L + offset, modulus);
        return zeroPadded(value, digits);
    }

    private static String zeroPadded(long value, int digits) {
        String s = Long.toString(value);
        return s.length() >= digits ? s : "0".repeat(digits - s.length()) + s;
    }
}
