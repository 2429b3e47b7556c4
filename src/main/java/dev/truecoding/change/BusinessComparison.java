package dev.truecoding.change;

import dev.truecoding.system.Phrase;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.BusinessPlan.Feature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Features added, removed or changed (known by their id), and which other parts of the business plan changed. */
final class BusinessComparison {

    /** A feature and the list it is in. */
    private record Listed(Feature feature, boolean core) {
        String key() {
            return Words.blankToNull(feature.id()) != null ? feature.id() : feature.name();
        }
    }

    private BusinessComparison() {
    }

    static void compare(BusinessPlan before, BusinessPlan after, List<PlanChange> changes) {
        Map<String, Listed> old = features(before);
        Map<String, Listed> now = features(after);
        now.forEach((key, is) -> {
            Listed was = old.get(key);
            String name = is.feature().name();
            if (was == null) {
                changes.add(PlanChange.of(PlanArea.FEATURE, ChangeKind.ADDED, name, null,
                        Phrase.of("change.feature.ADDED", name), priority(is.feature())));
                return;
            }
            List<Phrase> details = new ArrayList<>();
            Words.changed(details, "name", was.feature().name(), name);
            Words.textChanged(details, "description", was.feature().description(), is.feature().description());
            Words.changed(details, "priority", Words.term("priority", was.feature().priority()),
                    Words.term("priority", is.feature().priority()));
            Words.changed(details, "complexity", Words.term("complexity", was.feature().complexity()),
                    Words.term("complexity", is.feature().complexity()));
            if (was.core() != is.core()) {
                details.add(Phrase.of(is.core() ? "change.detail.movedToCore" : "change.detail.movedToNiceToHave"));
            }
            if (!details.isEmpty()) {
                changes.add(PlanChange.of(PlanArea.FEATURE, ChangeKind.CHANGED, name, null,
                        Phrase.of("change.feature.CHANGED", name), details));
            }
        });
        old.forEach((key, was) -> {
            if (!now.containsKey(key)) {
                changes.add(PlanChange.of(PlanArea.FEATURE, ChangeKind.REMOVED, was.feature().name(), null,
                        Phrase.of("change.feature.REMOVED", was.feature().name()), priority(was.feature())));
            }
        });

        List<Phrase> details = new ArrayList<>();
        if (before != null && after != null) {
            Words.changed(details, "name", before.name(), after.name());
            Words.textChanged(details, "tagline", before.tagline(), after.tagline());
            Words.textChanged(details, "description", before.description(), after.description());
            Words.textChanged(details, "problem", before.problemStatement(), after.problemStatement());
            changedPart(details, "audience", before.targetAudience(), after.targetAudience());
            changedPart(details, "monetization", before.monetization(), after.monetization());
            changedPart(details, "competitors", before.competitors(), after.competitors());
            changedPart(details, "successMetrics", before.successMetrics(), after.successMetrics());
        } else if (before != after) {
            details.add(Phrase.of(after == null ? "change.detail.planRemoved" : "change.detail.planAdded"));
        }
        if (!details.isEmpty()) {
            changes.add(PlanChange.of(PlanArea.BUSINESS, ChangeKind.CHANGED, "business plan", null,
                    Phrase.of("change.business.CHANGED"), details));
        }
    }

    private static Map<String, Listed> features(BusinessPlan plan) {
        Map<String, Listed> features = new LinkedHashMap<>();
        if (plan != null) {
            Words.list(plan.coreFeatures()).forEach(feature -> add(features, new Listed(feature, true)));
            Words.list(plan.niceToHaveFeatures()).forEach(feature -> add(features, new Listed(feature, false)));
        }
        return features;
    }

    private static void add(Map<String, Listed> features, Listed listed) {
        features.putIfAbsent(listed.key(), listed);
    }

    private static void changedPart(List<Phrase> out, String part, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            out.add(Phrase.of("change.detail.changed." + part));
        }
    }

    private static List<Phrase> priority(Feature feature) {
        return feature.priority() == null ? List.of() : List.of(Words.term("priority", feature.priority()));
    }
}
