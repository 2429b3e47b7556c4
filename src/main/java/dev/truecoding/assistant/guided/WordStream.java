package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.TextSink;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Streams a finished reply the way a model would: a word (with the space after it) per chunk. */
final class WordStream {

    private static final Pattern CHUNK = Pattern.compile("\\s*\\S+\\s*|\\s+");

    private WordStream() {
    }

    /** Sends every chunk of {@code text} in order; their concatenation is exactly {@code text}. */
    static void send(String text, TextSink sink) {
        Matcher chunks = CHUNK.matcher(text);
        while (chunks.find()) {
            sink.text(chunks.group());
        }
    }
}
