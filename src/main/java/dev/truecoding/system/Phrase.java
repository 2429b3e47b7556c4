package dev.truecoding.system;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Something said to a person, kept as a message key and its arguments (names, counts, or other phrases) so each
 * page says it in its reader's language; the API's English words are this phrase in English. Stored as JSON (with
 * a change, with a run's event), where a nested phrase comes back as a map and is turned into a phrase again.
 *
 * @param key  a key of {@code messages.properties} (and its translations)
 * @param args the arguments: names and values as they are, counts as numbers, nested phrases
 */
public record Phrase(String key, List<Object> args) {

    public Phrase {
        Objects.requireNonNull(key, "key");
        args = args == null ? List.of() : args.stream().map(Phrase::revive).toList();
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, java.util.Arrays.stream(args).map(arg -> arg == null ? "" : arg).toList());
    }

    /** The phrase in English, as the API and commit messages say it. */
    public String english() {
        return Phrases.english(this);
    }

    private static Object revive(Object arg) {
        if (arg instanceof Map<?, ?> map && map.get("key") instanceof String key) {
            return new Phrase(key, map.get("args") instanceof List<?> list ? List.copyOf(list) : List.of());
        }
        return arg == null ? "" : arg;
    }
}
