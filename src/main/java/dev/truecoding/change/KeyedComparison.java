package dev.truecoding.change;

import dev.truecoding.system.Phrase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Two lists whose items are known by a key (a page by its path, an endpoint by method and path, a variable by its
 * name): items only in the new list are added, only in the old one removed, in both and different changed.
 *
 * @param noun        what an item is called in the message keys ({@code change.<noun>.ADDED}: "page", "environment")
 * @param subject     how one item is named in words ("/recipes", "GET /api/recipes")
 * @param describe    what to say of an added or removed item
 * @param differences what differs between the old and the new version of one item, in words
 */
record KeyedComparison<T>(PlanArea area, String noun, Function<T, String> subject, Function<T, List<Phrase>> describe,
                          Differences<T> differences) {

    interface Differences<T> {
        void between(T before, T after, List<Phrase> out);
    }

    static <T> KeyedComparison<T> of(PlanArea area, String noun, Function<T, String> subject,
                                     Function<T, List<Phrase>> describe, Differences<T> differences) {
        return new KeyedComparison<>(area, noun, subject, describe, differences);
    }

    void compare(List<T> before, List<T> after, List<PlanChange> changes) {
        Map<String, T> old = index(before);
        Map<String, T> now = index(after);
        now.forEach((key, item) -> {
            T was = old.get(key);
            if (was == null) {
                changes.add(PlanChange.of(area, ChangeKind.ADDED, key, null, Phrase.of("change." + noun + ".ADDED", key),
                        describe.apply(item)));
                return;
            }
            List<Phrase> details = new ArrayList<>();
            differences.between(was, item, details);
            if (!details.isEmpty()) {
                changes.add(PlanChange.of(area, ChangeKind.CHANGED, key, null, Phrase.of("change." + noun + ".CHANGED", key),
                        details));
            }
        });
        old.forEach((key, item) -> {
            if (!now.containsKey(key)) {
                changes.add(PlanChange.of(area, ChangeKind.REMOVED, key, null, Phrase.of("change." + noun + ".REMOVED", key),
                        describe.apply(item)));
            }
        });
    }

    private Map<String, T> index(List<T> items) {
        Map<String, T> map = new LinkedHashMap<>();
        Words.list(items).forEach(item -> map.putIfAbsent(subject.apply(item), item));
        return map;
    }
}
