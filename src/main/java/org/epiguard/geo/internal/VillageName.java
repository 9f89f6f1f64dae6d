package org.epiguard.geo.internal;

import org.epiguard.geo.VillageType;

/**
 * The name of a village as stored: spaces tidied and, when the user typed the type's word too
 * ("Thôn Khe Cát" for a thôn), that word dropped, so that the page does not show "Thôn Thôn Khe Cát".
 */
final class VillageName {

    static final int MAX_LENGTH = 100;

    private VillageName() {
    }

    static String normalise(VillageType type, String raw) {
        String name = raw == null ? "" : java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC)
                .strip().replaceAll("\\s+", " ");
        String word = type == null ? null : type.word();
        if (word != null && name.length() > word.length()
                && Fold.of(name.substring(0, word.length())).equals(Fold.of(word))
                && name.charAt(word.length()) == ' ') {
            name = name.substring(word.length() + 1).strip();
        }
        return name;
    }

    /** Splits "Thôn Khe Cát" into its type and name, by its first word(s); empty type when none matches. */
    static java.util.Optional<VillageType> typeOf(String line) {
        String folded = Fold.of(line);
        return java.util.Arrays.stream(VillageType.values())
                .sorted(java.util.Comparator.comparingInt((VillageType t) -> -t.word().length()))
                .filter(t -> folded.startsWith(Fold.of(t.word()) + " "))
                .findFirst();
    }

    /** The message key of what is wrong with a normalised name, or null when it is fine. */
    static String problem(String name) {
        if (name.isEmpty()) {
            return "geo.village.error.nameRequired";
        }
        if (name.length() > MAX_LENGTH) {
            return "geo.village.error.nameTooLong";
        }
        return null;
    }
}
