package dev.truecoding.assistant.guided;

import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.BusinessPlan.Complexity;
import dev.truecoding.plan.BusinessPlan.Feature;
import dev.truecoding.plan.BusinessPlan.Priority;
import dev.truecoding.plan.Renames;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.Entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A change that adds an entity adds what the person can now do to the BusinessPlan: "add a Tag entity,
 * many-to-many with Recipe" → the feature "Tags". It is a should-have core feature — built by this change, after
 * the must-haves the plan started with — and the reply says so. An entity the plan's features already name (a
 * nice-to-have "Tags" that is now being built, say) adds nothing: the plan already says it.
 */
final class NewEntityFeatures {

    /** @param plan the BusinessPlan with the new features, or the one given when nothing was added */
    record Result(BusinessPlan plan, List<String> sentences) {
        boolean changed() {
            return !sentences.isEmpty();
        }
    }

    private NewEntityFeatures() {
    }

    static Result of(BusinessPlan business, TechnicalPlan live, TechnicalPlan proposal, Renames renames, Replies r) {
        if (business == null || proposal.dataModel() == null || proposal.dataModel().entities() == null) {
            return new Result(business, List.of());
        }
        Set<String> before = entities(live).stream().map(Entity::name).collect(Collectors.toSet());
        renames.entities().forEach(rename -> before.add(rename.to()));
        List<Feature> core = new ArrayList<>(business.coreFeatures() == null ? List.of() : business.coreFeatures());
        List<Feature> all = Stream.concat(core.stream(), business.niceToHaveFeatures() == null
                ? Stream.empty() : business.niceToHaveFeatures().stream()).filter(f -> f != null && f.name() != null).toList();
        // the feature is written in the plan's language, the reply in the person's
        Language language = PlanningConversation.language(business, List.of(), "");
        Replies planWords = Replies.in(language);
        boolean portuguese = language.isPortuguese();
        List<String> sentences = new ArrayList<>();
        int next = nextNumber(all);
        for (Entity entity : proposal.dataModel().entities()) {
            if (before.contains(entity.name()) || named(entity, all)) {
                continue;
            }
            String name = FreeText.capitalize(plural(entity.name(), portuguese));
            String related = related(entity.name(), proposal, portuguese);
            String description = planWords.text(related.isEmpty() ? "iteration.featureDescription" : "iteration.featureDescriptionWith",
                    name.toLowerCase(Locale.ROOT), related);
            core.add(new Feature("f" + next++, name, description, Priority.SHOULD_HAVE, Complexity.MEDIUM));
            sentences.add(r.text("iteration.featureAdded", name, r.text("iteration.featurePriority"), entity.name()));
        }
        if (sentences.isEmpty()) {
            return new Result(business, List.of());
        }
        return new Result(new BusinessPlan(business.name(), business.tagline(), business.description(),
                business.problemStatement(), business.targetAudience(), List.copyOf(core), business.niceToHaveFeatures(),
                business.monetization(), business.competitors(), business.successMetrics()), List.copyOf(sentences));
    }

    private static List<Entity> entities(TechnicalPlan plan) {
        return plan == null || plan.dataModel() == null || plan.dataModel().entities() == null
                ? List.of() : plan.dataModel().entities();
    }

    /** Whether a feature's name already names the entity ("Tags", "Etiquetas" for Tag). */
    private static boolean named(Entity entity, List<Feature> features) {
        EntityWords words = EntityWords.of(List.of(entity), null);
        return features.stream().anyMatch(f -> words.match(f.name()).any());
    }

    /** The plural people read: "Tags", "meal plans", "etiquetas", "reuniões". */
    static String plural(String entity, boolean portuguese) {
        if (!portuguese) {
            return EntityNaming.pluralLabel(entity);
        }
        List<String> words = new ArrayList<>(EntityNaming.words(entity).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        if (words.isEmpty()) {
            return "itens";
        }
        // Portuguese puts the plural on the first noun: "itens do cardápio"
        words.set(0, portuguesePlural(words.getFirst()));
        return String.join(" ", words);
    }

    private static String portuguesePlural(String word) {
        if (word.endsWith("ão")) {
            return word.substring(0, word.length() - 2) + "ões";
        }
        if (word.endsWith("m")) {
            return word.substring(0, word.length() - 1) + "ns";
        }
        if (word.matches(".*[rzs]")) {
            return word + "es";
        }
        if (word.matches(".*[aeou]l")) {
            return word.substring(0, word.length() - 1) + "is";
        }
        return word + "s";
    }

    /** The entities the new one is related to, in words: "recipes", "receitas e ingredientes". */
    private static String related(String entity, TechnicalPlan plan, boolean portuguese) {
        if (plan.dataModel().relationships() == null) {
            return "";
        }
        List<String> others = plan.dataModel().relationships().stream()
                .filter(rel -> entity.equals(rel.from()) || entity.equals(rel.to()))
                .map(rel -> entity.equals(rel.from()) ? rel.to() : rel.from())
                .filter(other -> !other.equals(entity)).distinct()
                .map(other -> plural(other, portuguese)).toList();
        if (others.isEmpty()) {
            return "";
        }
        String and = portuguese ? " e " : " and ";
        return others.size() == 1 ? others.getFirst()
                : String.join(", ", others.subList(0, others.size() - 1)) + and + others.getLast();
    }

    private static int nextNumber(List<Feature> features) {
        int max = 0;
        for (Feature feature : features) {
            if (feature.id() != null && feature.id().matches("f\\d{1,6}")) {
                max = Math.max(max, Integer.parseInt(feature.id().substring(1)));
            }
        }
        return max + 1;
    }
}
