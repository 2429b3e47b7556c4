package dev.truecoding.run;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.truecoding.system.Phrase;

import java.time.Instant;

/**
 * One stored event of a run, numbered from 1: {@code progress} as the run goes, {@code log} lines of a build,
 * {@code failed} when a run ends in failure at the stage it reached. Its progress's message is in the reader's
 * language when the event was stored as a {@code phrase}; older events (and texts from elsewhere, such as an
 * exception's) are the English they were stored as.
 *
 * @param phrase what the message says as a key and arguments, or null (not part of the API's JSON: the message is)
 */
public record RunEvent(int id, String kind, RunProgress progress, Instant at, @JsonIgnore Phrase phrase) {

    public static final String PROGRESS = "progress";
    public static final String LOG = "log";
    public static final String FAILED = "failed";
}
