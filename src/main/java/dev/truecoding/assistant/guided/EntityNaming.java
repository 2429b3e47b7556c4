package dev.truecoding.assistant.guided;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every name derived from an entity name, in one place: "MealPlan" → route segment "meal-plans", label
 * "meal plan", variable "mealPlan". English plurals, with the irregular ones people actually name entities after.
 */
final class EntityNaming {

    private static final Map<String, String> IRREGULAR_PLURALS = Map.ofEntries(
            Map.entry("person", "people"), Map.entry("child", "children"), Map.entry("man", "men"),
            Map.entry("woman", "women"), Map.entry("mouse", "mice"), Map.entry("foot", "feet"),
            Map.entry("tooth", "teeth"), Map.entry("goose", "geese"), Map.entry("datum", "data"),
            Map.entry("criterion", "criteria"), Map.entry("analysis", "analyses"), Map.entry("leaf", "leaves"),
            Map.entry("life", "lives"), Map.entry("knife", "knives"), Map.entry("wife", "wives"),
            Map.entry("half", "halves"), Map.entry("shelf", "shelves"), Map.entry("thief", "thieves"),
            Map.entry("series", "series"), Map.entry("species", "species"), Map.entry("news", "news"),
            Map.entry("sheep", "sheep"), Map.entry("fish", "fish"), Map.entry("quiz", "quizzes"),
            Map.entry("status", "statuses"), Map.entry("bus", "buses"), Map.entry("campus", "campuses"),
            Map.entry("cactus", "cacti"), Map.entry("photo", "photos"), Map.entry("video", "videos"),
            Map.entry("radio", "radios"), Map.entry("piano", "pianos"), Map.entry("memo", "memos"),
            Map.entry("logo", "logos"), Map.entry("tomato", "tomatoes"), Map.entry("potato", "potatoes"),
            Map.entry("hero", "heroes"), Map.entry("echo", "echoes"));
    private static final Map<String, String> IRREGULAR_SINGULARS = inverse();

    private EntityNaming() {
    }

    /** "meal plan", "meal_plan", "mealPlan" → "MealPlan". */
    static String pascal(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : words(text)) {
            out.append(FreeText.capitalize(word));
        }
        return out.toString();
    }

    /** "MealPlan" → "mealPlan". */
    static String camel(String name) {
        String pascal = pascal(name);
        return pascal.isEmpty() ? "" : pascal.substring(0, 1).toLowerCase(Locale.ROOT) + pascal.substring(1);
    }

    /** "MealPlan" → "meal-plans": the URL segment of the entity's pages and endpoints. */
    static String route(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return "items";
        }
        List<String> lower = new ArrayList<>();
        for (String word : words) {
            lower.add(word.toLowerCase(Locale.ROOT));
        }
        lower.set(lower.size() - 1, plural(lower.getLast()));
        return String.join("-", lower);
    }

    /** "MealPlan" → "meal-plan": file names. */
    static String kebab(String name) {
        return String.join("-", words(name)).toLowerCase(Locale.ROOT);
    }

    /** "MealPlan" → "meal plan": text for people. */
    static String label(String name) {
        return String.join(" ", words(name)).toLowerCase(Locale.ROOT);
    }

    /** "MealPlan" → "meal plans". */
    static String pluralLabel(String name) {
        return route(name).replace('-', ' ');
    }

    static String plural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (IRREGULAR_PLURALS.containsKey(lower)) {
            return IRREGULAR_PLURALS.get(lower);
        }
        if (lower.matches(".*[^aeiou]y")) {
            return lower.substring(0, lower.length() - 1) + "ies";
        }
        if (lower.matches(".*(?:s|x|z|ch|sh)")) {
            return lower + "es";
        }
        return lower + "s";
    }

    static String singular(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (IRREGULAR_SINGULARS.containsKey(lower)) {
            return IRREGULAR_SINGULARS.get(lower);
        }
        if (lower.length() <= 3 || lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is")) {
            return lower;
        }
        if (lower.endsWith("ies") && lower.length() > 4) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        if (lower.matches(".*(?:ches|shes|xes|zzes|sses)")) {
            return lower.substring(0, lower.length() - 2);
        }
        if (lower.endsWith("s")) {
            return lower.substring(0, lower.length() - 1);
        }
        return lower;
    }

    /** Splits on spaces, underscores, hyphens and camel-case humps: "mealPlan v2" → [meal, Plan, v2]. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String part : text.split("[^\\p{L}\\p{N}]+")) {
            for (String hump : part.split("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})")) {
                if (!hump.isEmpty()) {
                    words.add(hump);
                }
            }
        }
        return words;
    }

    private static Map<String, String> inverse() {
        Map<String, String> inverse = new java.util.HashMap<>();
        IRREGULAR_PLURALS.forEach((singular, plural) -> inverse.putIfAbsent(plural, singular));
        return Map.copyOf(inverse);
    }
}
