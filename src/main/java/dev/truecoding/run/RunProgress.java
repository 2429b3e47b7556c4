package dev.truecoding.run;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one event shape of every run, the seed's {@code GenerationProgress}: the stage (its wire name), the whole
 * run's 0–100 progress, a message for the person, and details they may want to read (a log excerpt, a clone
 * command, a URL).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunProgress(String stage, int progress, String message, String details) {
}
