package dev.truecoding.plan;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.br.BrazilianAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text reads as Portuguese or English, the two languages people write their plans and chats in. Told by
 * Lucene's stop-word lists (the small words every sentence has: "the", "with" / "de", "não") plus Portuguese
 * letters (ã, ç, õ): a few sentences are enough, and two short lists cost nothing next to a statistical detector's
 * models for 75 languages. The guided assistant reads a person's messages with it, the generator a plan's texts.
 */
public final class TextLanguage {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['’][\\p{L}]+)?");
    private static final Pattern PORTUGUESE_LETTERS = Pattern.compile("[ãõçêôâ]|ção\\b|ções\\b");
    private static final CharArraySet ENGLISH_STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final CharArraySet PORTUGUESE_STOP_WORDS = portugueseStopWords();
    /** The same words as people type them without accents ("nao", "voce", "tambem"). */
    private static final CharArraySet PORTUGUESE_STOP_WORDS_FOLDED = folded(PORTUGUESE_STOP_WORDS);

    private TextLanguage() {
    }

    /** How strongly the text reads as Portuguese (positive) or English (negative); 0 when it does not tell. */
    public static int portugueseScore(String text) {
        return portugueseScore(text, Set.of(), Set.of());
    }

    /**
     * As {@link #portugueseScore(String)}, with more words (lower case) that say which language a text is in — the
     * assistant's one-word answers ("pronto", "skip"), which are no stop words.
     */
    public static int portugueseScore(String text, Set<String> morePortuguese, Set<String> moreEnglish) {
        if (text == null) {
            return 0;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int score = 0;
        Matcher words = WORD.matcher(lower);
        while (words.find()) {
            String word = words.group();
            boolean portuguese = isPortugueseStopWord(word) || morePortuguese.contains(word)
                    || morePortuguese.contains(Folding.key(word));
            boolean english = ENGLISH_STOP_WORDS.contains(word) || moreEnglish.contains(word);
            if (portuguese != english) {
                score += portuguese ? 1 : -1;
            }
        }
        Matcher letters = PORTUGUESE_LETTERS.matcher(lower);
        while (letters.find()) {
            score++;
        }
        return score;
    }

    /** A Portuguese stop word, with its accents or without ("não", "nao"). */
    public static boolean isPortugueseStopWord(String word) {
        return PORTUGUESE_STOP_WORDS.contains(word) || PORTUGUESE_STOP_WORDS_FOLDED.contains(Folding.key(word));
    }

    public static boolean isEnglishStopWord(String word) {
        return ENGLISH_STOP_WORDS.contains(word);
    }

    /** The words without their accents, except those that would then be English stop words too. */
    private static CharArraySet folded(CharArraySet words) {
        CharArraySet set = new CharArraySet(words.size(), false);
        for (Object word : words) {
            String folded = Folding.key(new String((char[]) word));
            if (!ENGLISH_STOP_WORDS.contains(folded)) {
                set.add(folded);
            }
        }
        return CharArraySet.unmodifiableSet(set);
    }

    /** Portuguese stop words of both Lucene lists (European and Brazilian), accents included. */
    private static CharArraySet portugueseStopWords() {
        CharArraySet set = new CharArraySet(PortugueseAnalyzer.getDefaultStopSet(), false);
        set.addAll(BrazilianAnalyzer.getDefaultStopSet());
        return CharArraySet.unmodifiableSet(set);
    }
}
