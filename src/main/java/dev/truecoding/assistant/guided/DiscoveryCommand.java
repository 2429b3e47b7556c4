package dev.truecoding.assistant.guided;

import dev.truecoding.plan.BusinessPlan.Priority;
import dev.truecoding.plan.Folding;

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
 *   <li>finish: "done", "that's all", "pronto", "pode seguir" — what is left gets visible defaults</li>
 *   <li>audiences: "the audience is mostly retirees, students are secondary", "o público principal são X"</li>
 *   <li>priorities: "the waitlist is a nice to have, not a must", "voting is more important than the other two"</li>
 * </ul>
 * Portuguese forms of each are understood too ("na verdade o nome é …", "voltar", "mostrar plano").
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

    record Finish() implements DiscoveryCommand {
    }

    /** Either may be null: only what the person named changes. */
    record SetAudiences(String primary, String secondary) implements DiscoveryCommand {
    }

    /** @param othersTo the priority the other must-haves move to ("more important than the others"), or null */
    record MoveFeature(String feature, Priority priority,
                       Priority othersTo) implements DiscoveryCommand {
    }

    /** Corrections of audiences and priorities are one short sentence; a long answer is an answer. */
    int MAX_CORRECTION = 300;

    /** The words people use for each part; longer phrases first so "secondary audience" wins over "audience". */
    Map<String, DiscoveryStep> PARTS = parts();

    /** Fillers before a command; a few at most (Java's regex engine recurses once per repeated group). */
    String PREFIX = "^(?:(?:actually|sorry|wait|oh|hmm|ok|okay|no|please|na verdade|aliás|alias|ah|opa|desculpa|espera"
            + "|pensando bem|não|nao|então|entao)[,!.]?\\s+){0,5}(?:please\\s+|por favor,?\\s+)?(?:let'?s\\s+)?";
    Pattern RENAME = AccentFree.compile(PREFIX
            + "(?:call it|rename it to|rename it|rename to|rename the app to|rename the product to|the name is"
            + "|the name should be|name it|change the name to|change name to|it'?s called|let'?s call it"
            + "|o nome (?:é|e|vai ser|será|sera|do app é|do app vai ser)|(?:pode |vamos |vou )?chamar de|chame de|chama de"
            + "|(?:muda|mude|troca|troque|altera|altere) o nome (?:para|pra)|renomei[ae] (?:para|pra)|nome:)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    Pattern GO_BACK = AccentFree.compile(PREFIX
            + "(?:go back|back|previous|previous question|undo|go to the previous question|one step back|voltar|volta"
            + "|volte|anterior|pergunta anterior|desfazer)(?:\\s+please|\\s+por favor)?$",
            Pattern.CASE_INSENSITIVE);
    Pattern CHANGE = AccentFree.compile(PREFIX + "(?:change|update|edit|fix|set|redo|revise)\\s+(?:the\\s+|my\\s+|our\\s+)?("
            + String.join("|", PARTS.keySet()) + ")\\b\\s*(?:(?::|=|->|→|\\bto\\b|\\s[—–-]\\s)\\s*(.*))?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    Pattern ADD_FEATURES = AccentFree.compile(PREFIX
            + "add\\s+(?:an?\\s+|the\\s+)?(features?|must[- ]haves?|nice[- ]to[- ]haves?|extras?)\\s*:?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    Pattern REMOVE_FEATURE = AccentFree.compile(PREFIX
            + "(?:remove|delete|drop)\\s+(?:the\\s+)?(?:feature|must[- ]have|nice[- ]to[- ]have)\\s*:?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    Pattern SHOW_PLAN = AccentFree.compile(
            "^(?:show(?: me)?(?: the| my)? (?:plan|summary|progress)|summary|progress|where are we|plan"
                    + "|mostr(?:ar|e|a)(?: o)? plano|ver(?: o)? plano|resumo|plano)$");
    Pattern START_OVER = AccentFree.compile("^(?:start over|restart|start again|reset|begin again|from scratch"
            + "|começar de novo|recomeçar|do zero)$");
    /** ", not RecipeVault", "instead of X", "em vez de X": what the new name replaces, said after it. */
    Pattern NOT_THE_OLD_NAME = AccentFree.compile(
            "(?:,?\\s+(?:not|instead of|rather than|em vez de|ao invés de|no lugar de|e não|e nao|não|nao)\\s+.*"
                    + "|,?\\s+(?:actually|instead|na verdade|please|por favor))$", Pattern.CASE_INSENSITIVE);
    /** The fillers alone, to read a correction after them. */
    Pattern FILLERS = AccentFree.compile(PREFIX, Pattern.CASE_INSENSITIVE);
    /** "parents are the main audience, teachers are secondary"; "os tutores são o público principal". */
    Pattern PRIMARY_AUDIENCE_FIRST = AccentFree.compile(PREFIX
            + "(?:the\\s+|os\\s+|as\\s+|o\\s+|a\\s+)?(.+?)\\s+(?:is|are|é|são|sao|será|serão)\\s+(?:mostly\\s+|really\\s+)?"
            + "(?:(?:the\\s+|my\\s+|our\\s+)?(?:main|primary|target|real|first)\\s+(?:audience|users|group)"
            + "|(?:o\\s+)?(?:público|publico)\\s+(?:principal|alvo)|(?:o\\s+)?principal\\s+(?:público|publico))"
            + "(?:,?\\s+actually|,?\\s+na verdade)?\\s*(?:[,;.]\\s*(.*))?$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    Pattern PRIMARY_AUDIENCE_IS = AccentFree.compile(PREFIX
            + "(?:the\\s+|my\\s+|our\\s+)?(?:(?:main\\s+|primary\\s+|target\\s+)?audience|(?:main|primary|target)\\s+users?)"
            + "\\s+(?:is|are)\\s+"
            + "(?:mostly\\s+|mainly\\s+|really\\s+|actually\\s+|primarily\\s+)*(.+?)(?:,?\\s+actually)?\\s*(?:[,;.]\\s*(.*))?$"
            + "|" + PREFIX + "(?:o\\s+)?(?:público|publico)(?:\\s+principal|\\s+alvo)?\\s+(?:são|sao|é|e)\\s+"
            + "(?:principalmente\\s+|mais\\s+|na verdade\\s+)*(.+?)(?:,?\\s+na verdade)?\\s*(?:[,;.]\\s*(.*))?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    Pattern SECONDARY_AUDIENCE_IS = AccentFree.compile(
            "^(?:and\\s+|e\\s+|os\\s+|as\\s+)?(.+?)\\s+(?:are|is|come|são|sao|é|ficam|vêm)\\s+(?:the\\s+|o\\s+)?"
                    + "(?:secondary|second|secundári[oa]s?|secundari[oa]s?|público secundário)(?:\\s+(?:audience|público))?\\.?$",
            Pattern.CASE_INSENSITIVE);
    Pattern NICE_NOT_MUST = AccentFree.compile(PREFIX
            + "(?:the\\s+|o\\s+|a\\s+|os\\s+|as\\s+)?(.+?)\\s+(?:is|are|can be|can wait|é|são|sao|pode ser|podem ser|fica|ficam"
            + "|pode ficar|podem ficar|vai ficar|vão ficar|deve ficar|pode esperar|podem esperar)\\s+(?:para\\s+|pra\\s+)?"
            + "(?:a\\s+|an\\s+|um\\s+|uma\\s+)?(?:nice[- ]to[- ]have|nice to haves?|for later|optional|later|extra"
            + "|para depois|pra depois|opcional|desejável|mais pra frente)(?:[,;]?\\s+(?:not|não|nao)\\s+.*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    Pattern MUST_NOT_NICE = AccentFree.compile(PREFIX
            + "(?:the\\s+|o\\s+|a\\s+|os\\s+|as\\s+)?(.+?)\\s+(?:is|are|é|são|sao)\\s+(?:a\\s+|an\\s+|um\\s+|uma\\s+)?"
            + "(?:must[- ]have|must|essential|required|essencial|obrigatóri[oa])(?:[,;]?\\s+(?:not|não|nao)\\s+.*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    Pattern MORE_IMPORTANT = AccentFree.compile(PREFIX
            + "(?:the\\s+|o\\s+|a\\s+|os\\s+|as\\s+)?(.+?)\\s+(?:is|are|é|são|sao)\\s+(?:much\\s+|muito\\s+|bem\\s+)?"
            + "(?:more important|mais importantes?)\\s+(?:than|do que|que)\\s+.*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    static Optional<DiscoveryCommand> parse(String message) {
        String text = FreeText.tidy(message);
        String normalized = FreeText.normalized(text);
        if (normalized.equals("help") || normalized.equals("?")) {
            return Optional.of(new Help());
        }
        if (AccentFree.match(SHOW_PLAN, normalized).matches()) {
            return Optional.of(new ShowPlan());
        }
        if (AccentFree.match(START_OVER, normalized).matches()) {
            return Optional.of(new StartOver());
        }
        if (FreeText.isDone(text)) {
            return Optional.of(new Finish());
        }
        if (AccentFree.match(GO_BACK, normalized).matches()) {
            return Optional.of(new GoBack());
        }
        AccentFree rename = AccentFree.match(RENAME, text);
        if (rename.matches() && FreeText.hasWords(rename.group(1))) {
            String name = withoutTheOldName(rename.group(1).strip());
            return Optional.of(new Rename(FreeText.hasWords(name) ? name : rename.group(1)));
        }
        if (text.length() > MAX_CORRECTION) {
            return Optional.empty();
        }
        Optional<DiscoveryCommand> audiences = audiences(text);
        if (audiences.isPresent()) {
            return audiences;
        }
        AccentFree moreImportant = AccentFree.match(MORE_IMPORTANT, text);
        if (moreImportant.matches()) {
            return Optional.of(new MoveFeature(moreImportant.group(1).strip(), Priority.MUST_HAVE,
                    Priority.SHOULD_HAVE));
        }
        AccentFree nice = AccentFree.match(NICE_NOT_MUST, text);
        if (nice.matches() && FreeText.wordCount(nice.group(1)) <= 6) {
            return Optional.of(new MoveFeature(nice.group(1).strip(), Priority.NICE_TO_HAVE, null));
        }
        AccentFree must = AccentFree.match(MUST_NOT_NICE, text);
        if (must.matches() && FreeText.wordCount(must.group(1)) <= 6) {
            return Optional.of(new MoveFeature(must.group(1).strip(), Priority.MUST_HAVE, null));
        }
        AccentFree change = AccentFree.match(CHANGE, text);
        if (change.matches()) {
            DiscoveryStep step = PARTS.get(FreeText.normalized(change.group(1)).replaceAll("\\s+", " "));
            String answer = change.group(2) == null ? "" : change.group(2).strip();
            if (step == DiscoveryStep.NAME && FreeText.hasWords(answer)) {
                return Optional.of(new Rename(answer));
            }
            return Optional.of(new Change(step, answer));
        }
        AccentFree add = AccentFree.match(ADD_FEATURES, text);
        if (add.matches()) {
            boolean niceToHave = add.group(1).toLowerCase(java.util.Locale.ROOT).matches("nice.*|extras?");
            return Optional.of(new AddFeatures(niceToHave, add.group(2)));
        }
        AccentFree remove = AccentFree.match(REMOVE_FEATURE, text);
        if (remove.matches()) {
            return Optional.of(new RemoveFeature(FreeText.unquoted(FreeText.withoutTrailingPunctuation(remove.group(1)))));
        }
        return Optional.empty();
    }

    /** "the audience is mostly retirees actually, students are secondary"; "o público principal são X, Y são secundários". */
    private static Optional<DiscoveryCommand> audiences(String text) {
        String line = FreeText.oneLine(text);
        AccentFree primary = AccentFree.match(PRIMARY_AUDIENCE_IS, line);
        if (primary.matches()) {
            String first = primary.group(1) != null ? primary.group(1) : primary.group(3);
            String rest = primary.group(1) != null ? primary.group(2) : primary.group(4);
            String secondary = null;
            if (rest != null && !rest.isBlank()) {
                AccentFree second = AccentFree.match(SECONDARY_AUDIENCE_IS, rest.strip());
                if (!second.matches()) {
                    return Optional.empty();
                }
                secondary = second.group(1);
            }
            return Optional.of(new SetAudiences(first.strip(), secondary));
        }
        AccentFree first = AccentFree.match(PRIMARY_AUDIENCE_FIRST, line);
        if (first.matches() && FreeText.wordCount(first.group(1)) <= 8) {
            String secondary = null;
            if (first.group(2) != null && !first.group(2).isBlank()) {
                AccentFree second = AccentFree.match(SECONDARY_AUDIENCE_IS, first.group(2).strip());
                if (!second.matches()) {
                    return Optional.empty();
                }
                secondary = second.group(1);
            }
            return Optional.of(new SetAudiences(first.group(1).strip(), secondary));
        }
        AccentFree secondaryOnly = AccentFree.match(SECONDARY_AUDIENCE_IS, withoutPrefix(line));
        if (secondaryOnly.matches() && FreeText.wordCount(secondaryOnly.group(1)) <= 8) {
            return Optional.of(new SetAudiences(null, secondaryOnly.group(1)));
        }
        return Optional.empty();
    }

    private static String withoutPrefix(String line) {
        Matcher fillers = FILLERS.matcher(Folding.fold(line));
        return fillers.lookingAt() ? line.substring(fillers.end()) : line;
    }

    /** "PracticePad instead", "Recipe Tin, not RecipeVault" → the new name alone. */
    private static String withoutTheOldName(String name) {
        Matcher old = NOT_THE_OLD_NAME.matcher(Folding.fold(name));
        return old.find() ? name.substring(0, old.start()) : name;
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
