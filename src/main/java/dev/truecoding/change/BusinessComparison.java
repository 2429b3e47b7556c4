package dev.truecoding.change;

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
    private record Listed(Feature feature, String list) {
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
                changes.add(new PlanChange(PlanArea.FEATURE, ChangeKind.ADDED, name, null, "Add feature " + name,
                        List.of(Words.wire(is.feature().priority()))));
                return;
            }
            List<String> details = new ArrayList<>();
            Words.changed(details, "name", was.feature().name(), name);
            Words.textChanged(details, "description", was.feature().description(), is.feature().description());
            Words.changed(details, "priority", Words.wire(was.feature().priority()), Words.wire(is.feature().priority()));
            Words.changed(details, "complexity", Words.wire(was.feature().complexity()), Words.wire(is.feature().complexity()));
            if (!was.list().equals(is.list())) {
                details.add("moved to the " + is.list());
            }
            if (!details.isEmpty()) {
                changes.add(new PlanChange(PlanArea.FEATURE, ChangeKind.CHANGED, name, null, "Change feature " + name, details));
            }
        });
        old.forEach((key, was) -> {
            if (!now.containsKey(key)) {
                changes.add(new PlanChange(PlanArea.FEATURE, ChangeKind.REMOVED, was.feature().name(), null,
                        "Remove feature " + was.feature().name(), List.of(Words.wire(was.feature().priority()))));
            }
        });

        List<String> details = new ArrayList<>();
        if (before != null && after != null) {
            Words.changed(details, "name", before.name(), after.name());
            Words.textChanged(details, "tagline", before.tagline(), after.tagline());
            Words.textChanged(details, "description", before.description(), after.description());
            Words.textChanged(details, "problem", before.problemStatement(), after.problemStatement());
            changedPart(details, "audience", before.targetAudience(), after.targetAudience());
            changedPart(details, "monetization", before.monetization(), after.monetization());
            changedPart(details, "competitors", before.competitors(), after.competitors());
            changedPart(details, "success metrics", before.successMetrics(), after.successMetrics());
        } else if (before != after) {
            details.add(after == null ? "removed" : "added");
        }
        if (!details.isEmpty()) {
            changes.add(new PlanChange(PlanArea.BUSINESS, ChangeKind.CHANGED, "business plan", null,
                    "Change business plan", details));
        }
    }

    private static Map<String, Listed> features(BusinessPlan plan) {
        Map<String, Listed> features = new LinkedHashMap<>();
        if (plan != null) {
            Words.list(plan.coreFeatures()).forEach(feature -> add(features, new Listed(feature, "core features")));
            Words.list(plan.niceToHaveFeatures()).forEach(feature -> add(features, new Listed(feature, "nice-to-have features")));
        }
        return features;
    }

    private static void add(Map<String, Listed> features, Listed listed) {
        features.putIfAbsent(listed.key(), listed);
    }

    private static void changedPart(List<String> out, String part, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            out.add(part + " changed");
        }
    }
}
