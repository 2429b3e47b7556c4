package dev.truecoding.assistant;

/** Receives the reply's text as it is produced. */
@FunctionalInterface
public interface TextSink {

    void text(String chunk);
}
