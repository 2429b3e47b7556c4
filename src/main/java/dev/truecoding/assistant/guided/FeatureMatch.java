package dev.truecoding.assistant.guided;

import dev.truecoding.plan.Folding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds the feature a person means by a few of its words: "the waitlist" → "Waitlist", "voting" → "Voting". */
final class FeatureMatch {

    private FeatureMatch() {
    }

    /** The one feature the words name, or null when none or several do. */
    static FeatureDraft find(String words, List<FeatureDraft> features) {
        String key = FreeText.comparable(FreeText.unquoted(words));
        for (FeatureDraft feature : features) {
            if (FreeText.comparable(feature.name()).equals(key)) {
                return feature;
            }
        }
        Set<String> wanted = stems(key);
        if (wanted.isEmpty()) {
            return null;
        }
        FeatureDraft match = null;
        for (FeatureDraft feature : features) {
            if (stems(feature.name()).containsAll(wanted) || stems(feature.name()).equals(wanted)) {
                if (match != null) {
                    return null;
                }
                match = feature;
            }
        }
        return match;
    }

    /** Whether a few words name this text ("parents" → "Parents of students"), accents and plurals aside. */
    static boolean names(String words, String text) {
        Set<String> wanted = stems(words);
        return !wanted.isEmpty() && stems(text).containsAll(wanted);
    }

    private static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        for (String word : FreeText.normalized(text).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2 && !Language.isStopWord(word)) {
                // stemmed before folding ("votações" → "votação" → "votacao"), and folded so "votacao" finds it
                String singular = EntityNaming.singular(Language.portugueseSingular(word));
                stems.add(Folding.key(singular));
            }
        }
        return stems;
    }
}
