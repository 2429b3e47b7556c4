package dev.truecoding.system;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

/**
 * Turns phrases into text from the page bundles ({@code messages*.properties}). The English of the API and of
 * commit messages is rendered here without a Spring context, from the same bundle the pages use, so the two never
 * say a change or a run's progress differently.
 */
public final class Phrases {

    /** The page bundles, in every language they have (English is the base). */
    private static final MessageSource ENGLISH = bundle();

    private Phrases() {
    }

    public static String english(Phrase phrase) {
        return format(ENGLISH, phrase, Locale.ENGLISH);
    }

    /** The phrase in {@code locale}, from the bundles, where no Spring context is at hand (a servlet filter). */
    public static String say(Phrase phrase, Locale locale) {
        return format(ENGLISH, phrase, locale);
    }

    /** Whether the English bundle has {@code key}. */
    static boolean has(String key) {
        return ENGLISH.getMessage(key, null, null, Locale.ENGLISH) != null;
    }

    /**
     * The language a request asked for (Accept-Language), English when it names none: what the MVC locale
     * resolver decides, for code that runs before it (filters).
     */
    public static Locale of(jakarta.servlet.http.HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Locale.ENGLISH : request.getLocale();
    }

    /** The phrase in {@code locale}, nested phrases first; a key missing from the bundle shows as the key. */
    public static String format(MessageSource messages, Phrase phrase, Locale locale) {
        Object[] args = phrase.args().stream()
                .map(arg -> arg instanceof Phrase nested ? format(messages, nested, locale) : arg).toArray();
        return messages.getMessage(phrase.key(), args, phrase.key(), locale);
    }

    private static MessageSource bundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
