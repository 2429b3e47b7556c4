package dev.truecoding.assistant.guided;

import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What the guided assistant says, in the person's language: {@code assistant/guided/messages*.properties}.
 * Arguments replace {@code {0}}, {@code {1}}… literally (no MessageFormat, so apostrophes need no escaping).
 */
final class Replies {

    private static final String BUNDLE = "assistant.guided.messages";
    private static final Map<Language, Replies> BY_LANGUAGE = load();

    private final ResourceBundle bundle;

    private Replies(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static Replies in(Language language) {
        return BY_LANGUAGE.get(language);
    }

    String text(String key, Object... arguments) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No reply " + key + " in " + bundle.getLocale(), e);
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    private static Map<Language, Replies> load() {
        Map<Language, Replies> replies = new EnumMap<>(Language.class);
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (Language language : Language.values()) {
            replies.put(language, new Replies(ResourceBundle.getBundle(BUNDLE, language.locale(), control)));
        }
        return Map.copyOf(replies);
    }
}
