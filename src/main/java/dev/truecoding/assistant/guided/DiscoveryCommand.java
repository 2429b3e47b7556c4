package dev.truecoding.assistant.guided;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message that steers the interview instead of answering the current question. The phrases, all
 * case-insensitive and optionally introduced by "actually," / "sorry," / "wait," / "oh,":
 * <ul>
 *   <li>rename: "call it X", "rename it to X", "rename to X", "the name is X", "name it X", "change the name to X"</li>
 *   <li>go back: "go back", "back", "previous", "previous question", "undo"</li>
 *   <li>change a part: "change|update|edit|fix|set [the] PART[:| to] ANSWER" — without an answer the question
 *       of that part is asked again; PART is one of {@link #PARTS}' keys</li>
 *   <li>features: "add feature: A, B", "add nice-to-have: C", "remove feature A" (by name or id)</li>
 *   <li>"show plan" / "summary" / "progress"; "start over" / "restart"; "help" / "?"</li>
 * </ul>
 */
sealed interface DiscoveryCommand {

    record Rename(String name) implements DiscoveryCommand {
    }

    record GoBack() implements DiscoveryCommand {
    }

    record Change(DiscoveryStep step, String answer) implements DiscoveryCommand {
    }

    record AddFeatures(boolean niceToHave, String list) implements DiscoveryCommand {
    }

    record RemoveFeature(String nameOrId) implements DiscoveryCommand {
    }

    record ShowPlan() implements DiscoveryCommand {
    }

    record StartOver() implements DiscoveryCommand {
    }

    record Help() implements DiscoveryCommand {
    }

    /** The words people use for each part; longer phrases first so "secondary audience" wins over "audience". */
    Map<String, DiscoveryStep> PARTS = parts();

    /** Fillers before a command; a few at most (Java's regex engine recurses once per repeated group). */
    String PREFIX = "^(?:(?:actually|sorry|wait|oh|hmm|ok|okay|no|please)[,!.]?\\s+){0,5}(?:please\\s+)?(?:let'?s\\s+)?";
    Pattern RENAME = Pattern.compile(PREFIX
            + "(?:call it|rename it to|rename it|rename to|rename the app to|rename the product to|the name is"
            + "|the name should be|name it|change the name to|change name to|it'?s called|let'?s call it)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    Pattern GO_BACK = Pattern.compile(PREFIX
            + "(?:go back|back|previous|previous question|undo|go to the previous question|one step back)(?:\\s+please)?$",
            Pattern.CASE_INSENSITIVE);
    Pattern CHANGE = Pattern.compile(PREFIX + "(?:change|update|edit|fix|set|redo|revise)\\s+(?:the\\s+|my\\s+|our\\s+)?("
            + String.join("|", PARTS.keySet()) + ")\\b\\s*(?:(?::|=|->|→|\\bto\\b|\\s[—–-]\\s)\\s*(.*))?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    Pattern ADD_FEATURES = Pattern.compile(PREFIX
            + "add\\s+(?:an?\\s+|the\\s+)?(features?|must[- ]haves?|nice[- ]to[- ]haves?|extras?)\\s*:?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    Pattern REMOVE_FEATURE = Pattern.compile(PREFIX
            + "(?:remove|delete|drop)\\s+(?:the\\s+)?(?:feature|must[- ]have|nice[- ]to[- ]have)\\s*:?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    Pattern SHOW_PLAN = Pattern.compile(
            "^(?:show(?: me)?(?: the| my)? (?:plan|summary|progress)|summary|progress|where are we|plan)$");
    Pattern START_OVER = Pattern.compile("^(?:start over|restart|start again|reset|begin again|from scratch)$");

    static Optional<DiscoveryCommand> parse(String message) {
        String text = FreeText.tidy(message);
        String normalized = FreeText.normalized(text);
        if (normalized.equals("help") || normalized.equals("?")) {
            return Optional.of(new Help());
        }
        if (SHOW_PLAN.matcher(normalized).matches()) {
            return Optional.of(new ShowPlan());
        }
        if (START_OVER.matcher(normalized).matches()) {
            return Optional.of(new StartOver());
        }
        if (GO_BACK.matcher(normalized).matches()) {
            return Optional.of(new GoBack());
        }
        Matcher rename = RENAME.matcher(text);
        if (rename.matches() && FreeText.hasWords(rename.group(1))) {
            return Optional.of(new Rename(rename.group(1)));
        }
        Matcher change = CHANGE.matcher(text);
        if (change.matches()) {
            DiscoveryStep step = PARTS.get(FreeText.normalized(change.group(1)).replaceAll("\\s+", " "));
            String answer = change.group(2) == null ? "" : change.group(2).strip();
            if (step == DiscoveryStep.NAME && FreeText.hasWords(answer)) {
                return Optional.of(new Rename(answer));
            }
            return Optional.of(new Change(step, answer));
        }
        Matcher add = ADD_FEATURES.matcher(text);
        if (add.matches()) {
            boolean niceToHave = add.group(1).toLowerCase(java.util.Locale.ROOT).matches("nice.*|extras?");
            return Optional.of(new AddFeatures(niceToHave, add.group(2)));
        }
        Matcher remove = REMOVE_FEATURE.matcher(text);
        if (remove.matches()) {
            return Optional.of(new RemoveFeature(FreeText.unquoted(FreeText.withoutTrailingPunctuation(remove.group(1)))));
        }
        return Optional.empty();
    }

    private static Map<String, DiscoveryStep> parts() {
        Map<String, DiscoveryStep> parts = new LinkedHashMap<>();
        parts.put("secondary audience", DiscoveryStep.SECONDARY_AUDIENCE);
        parts.put("secondary users", DiscoveryStep.SECONDARY_AUDIENCE);
        parts.put("primary audience", DiscoveryStep.PRIMARY_AUDIENCE);
        parts.put("target audience", DiscoveryStep.PRIMARY_AUDIENCE);
        parts.put("audience", DiscoveryStep.PRIMARY_AUDIENCE);
        parts.put("users", DiscoveryStep.PRIMARY_AUDIENCE);
        parts.put("problem statement", DiscoveryStep.PROBLEM);
        parts.put("problem", DiscoveryStep.PROBLEM);
        parts.put("pain points", DiscoveryStep.PAIN_POINTS);
        parts.put("pain point", DiscoveryStep.PAIN_POINTS);
        parts.put("pains", DiscoveryStep.PAIN_POINTS);
        parts.put("nice-to-have features", DiscoveryStep.NICE_TO_HAVES);
        parts.put("nice to have features", DiscoveryStep.NICE_TO_HAVES);
        parts.put("nice-to-haves", DiscoveryStep.NICE_TO_HAVES);
        parts.put("nice to haves", DiscoveryStep.NICE_TO_HAVES);
        parts.put("nice-to-have", DiscoveryStep.NICE_TO_HAVES);
        parts.put("nice to have", DiscoveryStep.NICE_TO_HAVES);
        parts.put("extras", DiscoveryStep.NICE_TO_HAVES);
        parts.put("must-have features", DiscoveryStep.MUST_HAVES);
        parts.put("must have features", DiscoveryStep.MUST_HAVES);
        parts.put("core features", DiscoveryStep.MUST_HAVES);
        parts.put("must-haves", DiscoveryStep.MUST_HAVES);
        parts.put("must haves", DiscoveryStep.MUST_HAVES);
        parts.put("features", DiscoveryStep.MUST_HAVES);
        parts.put("success metrics", DiscoveryStep.SUCCESS_METRICS);
        parts.put("metrics", DiscoveryStep.SUCCESS_METRICS);
        parts.put("goals", DiscoveryStep.SUCCESS_METRICS);
        parts.put("kpis", DiscoveryStep.SUCCESS_METRICS);
        parts.put("business model", DiscoveryStep.MONETIZATION);
        parts.put("revenue model", DiscoveryStep.MONETIZATION);
        parts.put("monetization", DiscoveryStep.MONETIZATION);
        parts.put("monetisation", DiscoveryStep.MONETIZATION);
        parts.put("pricing", DiscoveryStep.MONETIZATION);
        parts.put("competitors", DiscoveryStep.COMPETITORS);
        parts.put("competition", DiscoveryStep.COMPETITORS);
        parts.put("tagline", DiscoveryStep.TAGLINE);
        parts.put("slogan", DiscoveryStep.TAGLINE);
        parts.put("description", DiscoveryStep.IDEA);
        parts.put("idea", DiscoveryStep.IDEA);
        parts.put("name", DiscoveryStep.NAME);
        return parts;
    }
}
