package dev.truecoding.assistant.guided;

import dev.truecoding.plan.TextLanguage;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.pt.PortugueseMinimalStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The two languages the guided assistant speaks. Which one a person writes is told by {@link TextLanguage} (stop
 * words and Portuguese letters), with the interview's one-word answers ("pronto", "skip") as more evidence.
 * Lucene's minimal stemmer also gives Portuguese nouns their singular ("mesas" → "mesa", "itens" → "item").
 */
enum Language {
    ENGLISH(Locale.ENGLISH),
    PORTUGUESE(Locale.of("pt", "BR"));

    /** Interview words that are no stop words but say which language a one-word answer is in. */
    private static final Set<String> ENGLISH_ANSWERS = Set.of("yes", "skip", "done", "none", "nothing", "sure",
            "okay", "nope", "free", "subscription", "want", "app", "i", "i'm", "my", "we", "our", "you", "what");
    private static final Set<String> PORTUGUESE_ANSWERS = Set.of("sim", "pular", "pula", "pronto", "nenhum",
            "nenhuma", "nada", "perfeito", "pode", "seguir", "beleza", "grátis", "gratuito", "assinatura", "quero",
            "aplicativo", "meu", "minha", "meus", "minhas", "nós", "você", "obrigado", "obrigada", "isso", "tenho");

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /** How strongly the text reads as Portuguese (positive) or English (negative); 0 when it does not tell. */
    static int portugueseScore(String text) {
        return TextLanguage.portugueseScore(FreeText.oneLine(text), PORTUGUESE_ANSWERS, ENGLISH_ANSWERS);
    }

    /** The language of everything the person wrote so far; English until something says otherwise. */
    static Language of(List<String> messages) {
        return of(messages, ENGLISH);
    }

    /** The language of the messages, or {@code otherwise} when they do not tell (a name, "ok", nothing yet). */
    static Language of(List<String> messages, Language otherwise) {
        int score = 0;
        for (String message : messages) {
            score += portugueseScore(message);
        }
        return score > 0 ? PORTUGUESE : score < 0 ? ENGLISH : otherwise;
    }

    /** The language a browser's locale asks for: Portuguese for any "pt", else English. */
    static Language of(Locale locale) {
        return locale != null && locale.getLanguage().equals("pt") ? PORTUGUESE : ENGLISH;
    }

    boolean isPortuguese() {
        return this == PORTUGUESE;
    }

    /** "mesas" → "mesa", "itens" → "item", "professores" → "professor"; English words are left to EntityNaming. */
    static String portugueseSingular(String word) {
        // A stream per word rather than a shared Analyzer: an Analyzer keeps one per thread, and every chat reply
        // runs on a new virtual thread. The stemmer's rules are loaded once, statically, by Lucene.
        Tokenizer tokenizer = new KeywordTokenizer();
        tokenizer.setReader(new StringReader(word == null ? "" : word));
        try (TokenStream stream = new PortugueseMinimalStemFilter(new LowerCaseFilter(tokenizer))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String result = stream.incrementToken() ? term.toString() : word.toLowerCase(Locale.ROOT);
            stream.end();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "recipes" → "recipe", "categories" → "category": Lucene's minimal English stemmer, plurals only. */
    static String englishSingular(String word) {
        Tokenizer tokenizer = new KeywordTokenizer();
        tokenizer.setReader(new StringReader(word == null ? "" : word));
        try (TokenStream stream = new EnglishMinimalStemFilter(new LowerCaseFilter(tokenizer))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String result = stream.incrementToken() ? term.toString() : (word == null ? "" : word.toLowerCase(Locale.ROOT));
            stream.end();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isStopWord(String word) {
        return TextLanguage.isEnglishStopWord(word) || TextLanguage.isPortugueseStopWord(word);
    }

    static boolean isPortugueseStopWord(String word) {
        return TextLanguage.isPortugueseStopWord(word);
    }

    static boolean isEnglishStopWord(String word) {
        return TextLanguage.isEnglishStopWord(word);
    }
}
