package dev.truecoding.assistant.guided;

import dev.truecoding.plan.Folding;

import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Small, total helpers for text a person typed: every method accepts anything, including null, and never throws. */
final class FreeText {

    /** Longer messages are cut before any parsing, so no pattern ever sees unbounded input. */
    static final int MAX_MESSAGE_CHARS = 20_000;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern ANY_SPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.!?;,:]+$");
    /** "it's", "e-mail": a bounded repetition, as Java's regex engine recurses once per repeated group. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+){0,7}");
    private static final Pattern KEYBOARD_MASH = Pattern.compile("asdf|sdfg|qwer|wert|zxcv|hjkl|jkl;|uiop|fghj");

    private static final Set<String> SKIPS = folded(List.of(
            "skip", "none", "no", "n/a", "na", "-", "nothing", "nope", "pass", "skip it", "skip this", "skip this one",
            "no thanks", "not yet", "not now", "nada", "no one", "nobody", "not sure", "i don't know", "i dont know",
            "idk", "later", "no idea", "none yet", "next", "no competitors", "none really", "not really", "no idea yet",
            "not sure yet", "nothing really", "nope, none", "none so far", "not that i know",
            // at a list question "nothing else" means no more items, not the end of the interview
            "nothing else", "nothing more", "nada mais", "mais nada",
            // Portuguese
            "pular", "pula", "pule", "próxima", "proxima", "próximo", "nenhum", "nenhuma", "não", "nao", "ninguém",
            "ninguem", "não sei", "nao sei", "sei lá", "agora não", "depois", "sem", "nenhum por enquanto",
            "não tem", "nao tem", "nada por enquanto", "não, obrigado", "não obrigado", "pode pular", "ainda não sei",
            "não faço ideia", "sem ideia", "por enquanto não", "acho que não", "não exatamente", "não muito"));
    private static final Set<String> HELPS = folded(List.of(
            "help", "?", "what", "what?", "huh", "how", "example", "examples", "help me", "what do you mean",
            "i don't understand", "i dont understand", "explain", "hint", "options", "what should i say", "eh",
            "ajuda", "como assim", "exemplo", "exemplos", "não entendi", "nao entendi", "o quê", "o que"));
    private static final Set<String> AGREEMENTS = folded(List.of(
            "yes", "y", "ok", "okay", "sure", "fine", "great", "perfect", "sounds good", "looks good", "use it",
            "use that", "that works", "good", "love it", "yep", "yeah", "go with it", "keep it", "nice", "cool",
            "sim", "pode ser", "pode", "beleza", "claro", "isso", "perfeito", "ótimo", "otimo", "gostei", "bom",
            "show", "fechado", "combinado", "certo", "boa", "legal", "tá bom", "ta bom", "tá ótimo", "esse", "essa"));
    /** "done", "that's all", "pronto", "pode seguir": the person wants the plan now. */
    private static final Pattern DONE = Pattern.compile(Folding.fold("^(?:(?:ok|okay|yes|great|perfect|perfeito|ótimo|beleza|sim|"
            + "então|entao)[,!.]?\\s+)?(?:done|i'?m done|we'?re done|that'?s all|that'?s it|that is all|finish|finished"
            + "|go ahead|carry on|continue|all done|pronto|pode seguir|pode continuar|segue|seguir|siga"
            + "|é isso|e isso|é só isso|só isso|so isso|terminei|acabou|chega|fim|vamos lá|pode ir)"
            + "(?:[,!.]?\\s+(?:thanks|thank you|obrigad[oa]|valeu|por enquanto|for now|please|por favor))?$"));
    /** "no competitors I know of", "nenhum que eu conheça", "none really": an answer that lists nothing. */
    private static final Pattern NONE = Pattern.compile(Folding.fold("^(?:no|none|nope|nothing|nobody|not really|not that i know"
            + "|nenhum|nenhuma|nada|ninguém|ninguem|não|nao|sem)\\b.{0,60}$"));
    private static final Set<String> NONE_REST = folded(List.of(
            "competitors", "competitor", "competition", "one", "ones", "i", "know", "of", "that", "am", "i'm", "aware",
            "really", "yet", "for", "now", "at", "all", "real", "direct", "concorrente", "concorrentes", "que", "eu",
            "conheça", "conheco", "conheço", "saiba", "por", "enquanto", "mesmo", "real", "direto", "sei", "tem", "há",
            "ha", "temos", "conheço", "nenhum", "nenhuma", "thanks", "obrigado", "obrigada", "not", "sure", "idea",
            "ideia", "secondary", "audience", "público", "publico", "secundário", "secundario", "else", "mais",
            "nice-to-haves", "extras", "features", "funcionalidades", "por", "agora", "no", "none", "não", "nao"));

    private FreeText() {
    }

    /** The message as the interview reads it: at most {@link #MAX_MESSAGE_CHARS}, no control characters, trimmed. */
    static String bounded(String text) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > MAX_MESSAGE_CHARS ? text.substring(0, MAX_MESSAGE_CHARS) : text;
        return CONTROL.matcher(cut.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("").strip();
    }

    /** All whitespace (newlines too) collapsed to single spaces. */
    static String oneLine(String text) {
        return text == null ? "" : ANY_SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Spaces collapsed within lines, newlines kept. */
    static String tidy(String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** Lower case, one line, without trailing punctuation: the form commands are compared in. */
    static String normalized(String text) {
        return TRAILING_PUNCTUATION.matcher(oneLine(text).toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** At most {@code max} characters, cut at a word boundary when one is near, with an ellipsis. */
    static String cap(String text, int max) {
        String line = oneLine(text);
        if (line.length() <= max) {
            return line;
        }
        String cut = line.substring(0, max - 1);
        int space = cut.lastIndexOf(' ');
        if (space > max / 2) {
            cut = cut.substring(0, space);
        }
        return TRAILING_PUNCTUATION.matcher(cut).replaceAll("") + "…";
    }

    static String capitalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(text.substring(Character.charCount(first))).toString();
    }

    /** Capitalized, capped, and ending with a full stop unless it already ends a sentence. */
    static String sentence(String text, int max) {
        String capped = capitalize(unquoted(cap(text, max)));
        if (capped.isEmpty() || capped.endsWith(".") || capped.endsWith("!") || capped.endsWith("?")
                || capped.endsWith("…")) {
            return capped;
        }
        return TRAILING_PUNCTUATION.matcher(capped).replaceAll("") + ".";
    }

    /** Without surrounding quotes or trailing punctuation. */
    static String unquoted(String text) {
        String s = text == null ? "" : text.strip();
        while (s.length() >= 2 && isQuote(s.charAt(0)) && isQuote(s.charAt(s.length() - 1))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    static String withoutTrailingPunctuation(String text) {
        return TRAILING_PUNCTUATION.matcher(text == null ? "" : text.strip()).replaceAll("");
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '`' || c == '*';
    }

    /** {@link #normalized} without accents: how one-word answers are compared ("nao" is "não"). */
    static String comparable(String text) {
        return Folding.fold(normalized(text));
    }

    private static Set<String> folded(List<String> words) {
        return words.stream().map(Folding::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static boolean isSkip(String text) {
        return SKIPS.contains(comparable(text));
    }

    static boolean isHelp(String text) {
        return HELPS.contains(comparable(text)) || !hasWords(text);
    }

    static boolean isDone(String text) {
        return DONE.matcher(comparable(text)).matches();
    }

    /** An answer to a list question that lists nothing: "no competitors I know of", "nenhum que eu conheça". */
    static boolean isNone(String text) {
        String normalized = comparable(text);
        if (isSkip(normalized)) {
            return true;
        }
        if (!NONE.matcher(normalized).matches()) {
            return false;
        }
        for (String word : normalized.split("[\\s,.;!]+")) {
            if (!word.isEmpty() && !NONE_REST.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static boolean isAgreement(String text) {
        return AGREEMENTS.contains(comparable(text));
    }

    static boolean hasWords(String text) {
        return text != null && WORD.matcher(text).find();
    }

    /**
     * True for text that carries no answer: no letters or digits at all, or a keyboard mash ("asdfgh"), or
     * only vowel-less Latin words longer than four letters ("xkcdvbn"). Words in other scripts always count.
     */
    static boolean looksMeaningless(String text) {
        if (!hasWords(text)) {
            return true;
        }
        String lower = oneLine(text).toLowerCase(Locale.ROOT);
        if (KEYBOARD_MASH.matcher(lower).find() && wordCount(lower) <= 2) {
            return true;
        }
        var words = WORD.matcher(lower);
        while (words.find()) {
            String word = words.group();
            if (!word.matches("[a-z]{5,}") || word.matches(".*[aeiouy].*")) {
                return false;
            }
        }
        return true;
    }

    static int wordCount(String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        var words = WORD.matcher(text);
        while (words.find()) {
            count++;
        }
        return count;
    }
}
