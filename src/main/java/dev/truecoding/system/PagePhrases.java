package dev.truecoding.system;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Phrases on pages: {@code ${@phrases.say(item.phrase(), item.detail())}} says a stored phrase in the page's
 * language, and the English text stored with it when there is no phrase (older records, texts from elsewhere).
 */
@Component("phrases")
public class PagePhrases {

    private final MessageSource messages;

    PagePhrases(MessageSource messages) {
        this.messages = messages;
    }

    public String say(Phrase phrase, String english) {
        return phrase == null ? english : Phrases.format(messages, phrase, LocaleContextHolder.getLocale());
    }

    /** A message key's text in the page's language, or {@code fallback} when the bundles do not have it. */
    public String orElse(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
