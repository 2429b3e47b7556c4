package dev.truecoding.generation.model;

import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.br.BrazilianAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language the app's own words are written in (headings, buttons, empty states, validation messages): the
 * plan's. Told the way the guided assistant tells a person's language — Lucene's stop-word lists (the small words
 * every sentence has) and Portuguese letters — over the BusinessPlan's texts and the entities' descriptions.
 * English unless the plan reads as Portuguese.
 */
public enum AppLanguage {
    ENGLISH("en", "src/lib/words/en.ts"),
    PORTUGUESE("pt-BR", "src/lib/words/pt.ts");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern PORTUGUESE_LETTERS = Pattern.compile("[ãõçêôâ]");
    private static final CharArraySet ENGLISH_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final CharArraySet PORTUGUESE_WORDS = portuguese();

    private final String code;
    private final String wordsTemplate;

    AppLanguage(String code, String wordsTemplate) {
        this.code = code;
        this.wordsTemplate = wordsTemplate;
    }

    /** The page's {@code <html lang>}. */
    public String code() {
        return code;
    }

    /** The template of the app's {@code src/lib/words.ts}: every word the app says, in this language. */
    public String wordsTemplate() {
        return wordsTemplate;
    }

    public boolean isPortuguese() {
        return this == PORTUGUESE;
    }

    public static AppLanguage of(TechnicalPlan technical, BusinessPlan business) {
        List<String> texts = new ArrayList<>();
        if (business != null) {
            texts.add(business.tagline());
            texts.add(business.description());
            texts.add(business.problemStatement());
            for (List<BusinessPlan.Feature> features : java.util.Arrays.asList(business.coreFeatures(), business.niceToHaveFeatures())) {
                if (features != null) {
                    features.stream().filter(Objects::nonNull).forEach(f -> {
                        texts.add(f.name());
                        texts.add(f.description());
                    });
                }
            }
        }
        if (technical != null && technical.dataModel() != null && technical.dataModel().entities() != null) {
            technical.dataModel().entities().stream().filter(Objects::nonNull).forEach(e -> texts.add(e.description()));
        }
        return score(texts) > 0 ? PORTUGUESE : ENGLISH;
    }

    /** Positive when the texts read as Portuguese, negative as English. */
    static int score(List<String> texts) {
        int score = 0;
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            Matcher words = WORD.matcher(lower);
            while (words.find()) {
                boolean portuguese = PORTUGUESE_WORDS.contains(words.group());
                boolean english = ENGLISH_WORDS.contains(words.group());
                if (portuguese != english) {
                    score += portuguese ? 1 : -1;
                }
            }
            Matcher letters = PORTUGUESE_LETTERS.matcher(lower);
            while (letters.find()) {
                score++;
            }
        }
        return score;
    }

    private static CharArraySet portuguese() {
        CharArraySet set = new CharArraySet(PortugueseAnalyzer.getDefaultStopSet(), false);
        set.addAll(BrazilianAnalyzer.getDefaultStopSet());
        return CharArraySet.unmodifiableSet(set);
    }
}
