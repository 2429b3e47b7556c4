package dev.truecoding.assistant.guided;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an idea written in one message with its parts labelled the way people label them: "called PawRoute",
 * "The problem: …", "It's for …", "Must have: …", "Nice to have: …", "Pricing: …", "Competitors: …" (and the
 * Portuguese "chamado …", "O problema é que …", "Público: …", "Funcionalidades: …", "Mais pra frente: …",
 * "Cobrança: …", "Concorrentes: …"). Each label's text runs to the next label.
 */
final class IdeaReader {

    /** The parts found, by the step they answer; the idea itself is the text before the first label. */
    record Parts(String idea, String name, Map<DiscoveryStep, String> answers) {
        int count() {
            return answers.size() + (name == null ? 0 : 1);
        }
    }

    private static final Pattern NAME = Pattern.compile(
            // The label in any case ("Chamado …" starts a sentence); the name's words start with a capital, joined
            // by "&", "+" or a small word ("Banho & Tosa Fácil", "Casa da Vó", "Tips and Tricks").
            "\\b(?iu:called|named|chamad[oa]|com o nome(?: de)?)\\s+[\"“']?(\\p{Lu}[\\p{L}\\p{N}]*(?:(?:\\s+(?:&|\\+|e|de|da|do|das|dos"
                    + "|and|of|the|n'))?\\s+\\p{Lu}[\\p{L}\\p{N}]*){0,3})");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Map<DiscoveryStep, Pattern> LABELS = labels();

    private IdeaReader() {
    }

    static Parts read(String message) {
        String text = FreeText.bounded(message);
        record Found(DiscoveryStep step, int start, int end) {
        }
        List<Found> found = new ArrayList<>();
        LABELS.forEach((step, pattern) -> {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                found.add(new Found(step, matcher.start(), matcher.end()));
            }
        });
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        Map<DiscoveryStep, String> answers = new EnumMap<>(DiscoveryStep.class);
        for (int i = 0; i < found.size(); i++) {
            Found part = found.get(i);
            int end = i + 1 < found.size() ? found.get(i + 1).start() : text.length();
            boolean featureList = part.step() == DiscoveryStep.MUST_HAVES || part.step() == DiscoveryStep.NICE_TO_HAVES;
            // A feature list keeps its header, so the parser knows which priority its items have.
            String answer = text.substring(featureList ? part.start() : part.end(), end).strip();
            if (FreeText.hasWords(answer)) {
                answers.merge(featureList ? DiscoveryStep.MUST_HAVES : part.step(), answer, (a, b) -> a + "\n" + b);
            }
        }
        String idea = found.isEmpty() ? text : text.substring(0, found.getFirst().start()).strip();
        Matcher name = NAME.matcher(text);
        return new Parts(FreeText.hasWords(idea) ? idea : text, name.find() ? name.group(1) : null, answers);
    }

    private static Map<DiscoveryStep, Pattern> labels() {
        Map<DiscoveryStep, Pattern> labels = new EnumMap<>(DiscoveryStep.class);
        labels.put(DiscoveryStep.PROBLEM, Pattern.compile(
                "\\b(?:the (?:main )?problem(?: is)?(?: that)?\\s*:?|problem\\s*:|o (?:grande )?problema(?: é)?(?: que)?\\s*:?"
                        + "|problema\\s*:)\\s*"
                        // a sentence about how it goes today is the problem, its first word kept: "Hoje eu anoto tudo…"
                        + "|(?<=[.!?]\\s)(?=(?:hoje|atualmente|hoje em dia|today|right now|currently|these days)\\b)", FLAGS));
        labels.put(DiscoveryStep.PRIMARY_AUDIENCE, Pattern.compile(
                "\\b(?:it'?s (?:mainly |mostly )?for|it is for|built for|aimed at|(?:target )?audience\\s*:|users\\s*:"
                        + "|público(?:-alvo| alvo)?\\s*:|é para|é pra|feito para"
                        + "|the (?:main |target )?(?:audience|users) (?:is|are)|o público(?: principal| alvo)? (?:são|é)"
                        + "|os usuários são)\\s*", FLAGS));
        labels.put(DiscoveryStep.MUST_HAVES, Pattern.compile(
                "\\b(?:must[- ]haves?|must have|(?:core |key |main )?features|funcionalidades|recursos|essenciais)\\s*:", FLAGS));
        labels.put(DiscoveryStep.NICE_TO_HAVES, Pattern.compile(
                "\\b(?:nice[- ]to[- ]haves?|nice to have|later|mais pra frente|mais para frente|futuramente)\\s*:", FLAGS));
        labels.put(DiscoveryStep.MONETIZATION, Pattern.compile(
                "\\b(?:pricing|price|monetization|monetisation|business model|revenue|cobrança|preço|preços"
                        + "|modelo de negócio|monetização)\\s*:\\s*", FLAGS));
        labels.put(DiscoveryStep.COMPETITORS, Pattern.compile(
                "\\b(?:competitors|competition|alternatives|concorrentes|concorrência)\\s*:\\s*", FLAGS));
        return labels;
    }

    /** "busy dog owners…, and my two walkers would use it too" → the two audiences; else the whole text first. */
    static String[] audiences(String text) {
        Matcher both = Pattern.compile(
                "^(.+?),?\\s+(?:and|e)\\s+(.+?)\\s+(?:would|will|could|can|também|vão|podem)\\s+(?:also\\s+)?"
                        + "(?:use it|usar|use)(?:\\s+too|\\s+também)?[.!]?$", FLAGS).matcher(FreeText.oneLine(text));
        if (both.matches()) {
            return new String[]{both.group(1), both.group(2)};
        }
        // "donos de pet shop, e os tutores dos bichos depois"; "teachers, and parents later"
        Matcher then = Pattern.compile("^(.+?),?\\s+(?:and|e)\\s+(?:the\\s+|os\\s+|as\\s+)?(.+?)\\s+(?:depois|em seguida"
                + "|em segundo lugar|também|later|too|as well|second|secondarily)[.!]?$", FLAGS).matcher(FreeText.oneLine(text));
        if (then.matches()) {
            return new String[]{then.group(1), then.group(2)};
        }
        return new String[]{text, null};
    }
}
