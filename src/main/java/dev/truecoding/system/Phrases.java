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

    private static final MessageSource ENGLISH = bundle();

    private Phrases() {
    }

    public static String english(Phrase phrase) {
        return format(ENGLISH, phrase, Locale.ENGLISH);
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
