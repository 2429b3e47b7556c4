package dev.truecoding.vercel;

import java.time.Instant;

/**
 * One line of a deployment's build output, from Vercel's deployment events.
 *
 * @param type Vercel's event type: {@code command}, {@code stdout}, {@code stderr}, {@code exit} or {@code fatal}
 */
public record BuildLogLine(Instant at, String type, String text) {

    public boolean isError() {
        return "stderr".equals(type) || "fatal".equals(type);
    }
}
