package dev.truecoding.assistant.guided;

import dev.truecoding.plan.Folding;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.BusinessPlan.Feature;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.Entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which of a plan's entities a person's words name, across English and Portuguese: "receitas" is {@code Recipe} on a
 * plan whose entities are English, "recipes" is {@code Receita} on a Portuguese one. Tried from the surest to the
 * least sure, the first that finds anything decides:
 * <ol>
 *   <li>the entity's own name, singular or plural (Lucene's minimal stemmers for both languages);</li>
 *   <li>the names the plan itself gives the entity: the noun its description starts with ("Uma receita da
 *       família") and the BusinessPlan feature it comes from (“Receitas”);</li>
 *   <li>a small bilingual list of the things apps commonly keep ({@code lexicon.tsv});</li>
 *   <li>a cognate by the regular spelling rules between the two languages ("ingredientes" → ingredient,
 *       "categorias" → category, "reservações" → reservation), for words long enough not to be a false friend.</li>
 * </ol>
 * Two entities found at the same step are both returned: the caller asks which one rather than guess.
 */
final class EntityWords {

    private static final Pattern ARTICLE = Pattern.compile(
            "^(?:(?:an?|the|each|every|all|its|their|um|uma|o|a|os|as|cada|todos os|todas as|seu|sua|seus|suas)\\s+)+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{1,60})[”\"]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    /** Portuguese ending → English ending, the regular correspondences of Latin-rooted nouns. */
    private static final List<String[]> COGNATE_ENDINGS = List.of(
            new String[]{"cao", "tion"}, new String[]{"coe", "tion"}, new String[]{"ario", "ary"},
            new String[]{"encia", "ence"}, new String[]{"ancia", "ance"}, new String[]{"dade", "ty"},
            new String[]{"ia", "y"}, new String[]{"o", ""}, new String[]{"a", ""}, new String[]{"e", ""});
    /** Shorter words are too often false friends ("carta" is no cart, "mesa" no mesa). */
    private static final int MIN_COGNATE = 6;
    private static final Map<String, Set<String>> LEXICON = lexicon(true, -1);
    /** The same pairs one way each, the translation as written (accents kept): for naming, not for matching. */
    private static final Map<String, Set<String>> PT_TO_EN = lexicon(false, 0);
    private static final Map<String, Set<String>> EN_TO_PT = lexicon(false, 1);

    /** @param entities every entity the words name at the surest step that names any; empty when none does */
    record Match(List<Entity> entities) {
        boolean found() {
            return entities.size() == 1;
        }

        boolean ambiguous() {
            return entities.size() > 1;
        }

        boolean any() {
            return !entities.isEmpty();
        }

        Entity entity() {
            return entities.getFirst();
        }

        static final Match NONE = new Match(List.of());
    }

    private final List<Entity> entities;
    /** The other names the plan gives each entity, as keys. */
    private final Map<String, Set<String>> planNames;

    private EntityWords(List<Entity> entities, Map<String, Set<String>> planNames) {
        this.entities = entities;
        this.planNames = planNames;
    }

    static EntityWords of(TechnicalPlan plan, BusinessPlan business) {
        return of(plan == null || plan.dataModel() == null || plan.dataModel().entities() == null
                ? List.of() : plan.dataModel().entities(), business);
    }

    static EntityWords of(List<Entity> all, BusinessPlan business) {
        List<Entity> entities = all.stream().filter(e -> e != null && e.name() != null).toList();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        List<Feature> features = business == null ? List.of() : Stream.concat(
                business.coreFeatures() == null ? Stream.<Feature>empty() : business.coreFeatures().stream(),
                business.niceToHaveFeatures() == null ? Stream.<Feature>empty() : business.niceToHaveFeatures().stream())
                .filter(f -> f != null && f.name() != null).toList();
        for (Entity entity : entities) {
            Set<String> keys = new LinkedHashSet<>();
            String description = entity.description() == null ? "" : entity.description();
            head(description).ifPresent(keys::add);
            Matcher quoted = QUOTED.matcher(description);
            while (quoted.find()) {
                String said = quoted.group(1);
                // the feature the description names, when the business plan has it
                if (features.stream().anyMatch(f -> f.name().equalsIgnoreCase(said.strip()))) {
                    keys.add(key(said));
                }
            }
            keys.remove(key(entity.name()));
            names.put(entity.name(), keys);
        }
        return new EntityWords(entities, names);
    }

    List<Entity> entities() {
        return entities;
    }

    /** How far a match may go: the entity's own name, also the plan's names for it, or every step. */
    enum Reach { NAME, PLAN, ALL }

    /** The entity the words name, at every step. */
    Match match(String words) {
        return match(words, Reach.ALL);
    }

    Match match(String words, Reach reach) {
        String cleaned = ARTICLE.matcher(FreeText.withoutTrailingPunctuation(FreeText.oneLine(words == null ? "" : words)).strip())
                .replaceFirst("").replaceFirst("(?i)\\s+(?:entity|entidade)$", "");
        if (!FreeText.hasWords(cleaned)) {
            return Match.NONE;
        }
        Set<String> keys = keys(cleaned);
        Match byName = where(e -> keys.contains(key(e.name())));
        if (byName.any() || entities.isEmpty() || reach == Reach.NAME) {
            return byName;
        }
        Match byPlan = where(e -> planNames.getOrDefault(e.name(), Set.of()).stream().anyMatch(keys::contains));
        if (byPlan.any() || reach == Reach.PLAN) {
            return byPlan;
        }
        Set<String> translations = new LinkedHashSet<>();
        for (String k : keys) {
            translations.addAll(LEXICON.getOrDefault(k, Set.of()));
        }
        Match byLexicon = where(e -> translations.contains(key(e.name())));
        if (byLexicon.any()) {
            return byLexicon;
        }
        Set<String> cognates = cognates(keys);
        return where(e -> cognates.contains(key(e.name())));
    }

    private Match where(java.util.function.Predicate<Entity> test) {
        return new Match(entities.stream().filter(test).toList());
    }

    /** The phrase as said, and with its last (or first, "itens do cardápio") word singular in either language. */
    private static Set<String> keys(String phrase) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key(phrase));
        String[] parts = phrase.split("\\s+");
        String last = parts[parts.length - 1];
        for (String singular : List.of(EntityNaming.singular(last), englishStem(last), Language.portugueseSingular(last))) {
            parts[parts.length - 1] = singular;
            keys.add(key(String.join(" ", parts)));
        }
        parts[parts.length - 1] = Language.portugueseSingular(last);
        parts[0] = Language.portugueseSingular(parts[0]);
        keys.add(key(String.join(" ", parts)));
        return keys;
    }

    private static Set<String> cognates(Set<String> keys) {
        Set<String> cognates = new LinkedHashSet<>();
        for (String k : keys) {
            if (k.length() < MIN_COGNATE || !k.matches("\\p{L}+")) {
                continue;
            }
            for (String[] ending : COGNATE_ENDINGS) {
                if (k.endsWith(ending[0])) {
                    cognates.add(k.substring(0, k.length() - ending[0].length()) + ending[1]);
                    break;
                }
            }
        }
        return cognates;
    }

    /** The noun a description starts with: "A recipe, from …" → recipe, "Uma receita da família" → receita. */
    private static java.util.Optional<String> head(String description) {
        Matcher word = WORD.matcher(description.toLowerCase(Locale.ROOT));
        while (word.find()) {
            String w = word.group();
            if (!Language.isStopWord(w) && !w.equals("each") && !w.equals("cada")) {
                return java.util.Optional.of(key(Language.portugueseScore(description) > 0
                        ? Language.portugueseSingular(w) : EntityNaming.singular(w)));
            }
        }
        return java.util.Optional.empty();
    }

    private static String englishStem(String word) {
        return Language.englishSingular(word);
    }

    /** "Meal plans", "MealPlan", "reunião" → "mealplans", "mealplan", "reuniao": accents and spaces say nothing here. */
    static String key(String name) {
        return EntityNaming.pascal(plain(name)).toLowerCase(Locale.ROOT);
    }

    private static String plain(String text) {
        return Folding.fold(text);
    }

    /**
     * By key: "receita" → {recipe}, "recipe" → {receita}.
     *
     * @param from 0: Portuguese to English only, 1: English to Portuguese only, -1: both
     */
    private static Map<String, Set<String>> lexicon(boolean keyed, int from) {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        try (InputStream in = EntityWords.class.getResourceAsStream("/assistant/guided/lexicon.tsv")) {
            if (in == null) {
                throw new IllegalStateException("assistant/guided/lexicon.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] pair = line.split("\t");
                if (pair.length != 2) {
                    throw new IllegalStateException("lexicon.tsv: not a Portuguese TAB English pair: " + line);
                }
                if (from != 1) {
                    words.computeIfAbsent(key(pair[0]), k -> new LinkedHashSet<>()).add(keyed ? key(pair[1]) : pair[1]);
                }
                if (from != 0) {
                    words.computeIfAbsent(key(pair[1]), k -> new LinkedHashSet<>()).add(keyed ? key(pair[0]) : pair[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        words.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(words);
    }

    /**
     * The one word the bilingual list gives for a word said in one language, as written there ("preparo" →
     * "prep" into English, "minute" → "minuto" into Portuguese); none when it has none or several.
     */
    static java.util.Optional<String> translation(String word, boolean toPortuguese) {
        Set<String> found = (toPortuguese ? EN_TO_PT : PT_TO_EN).getOrDefault(key(word), Set.of());
        return found.size() == 1 ? java.util.Optional.of(found.iterator().next()) : java.util.Optional.empty();
    }

    /** The entity names, for a question that lists them. */
    static List<String> names(List<Entity> entities) {
        return new ArrayList<>(entities.stream().map(Entity::name).toList());
    }
}
