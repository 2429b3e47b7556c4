package dev.truecoding.generation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The seed's {@code GenerationProgress}: where a run is. {@code progress} is the whole run's 0–100;
 * {@code details} carries what a person may want to read (a log excerpt, a clone command).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GenerationProgress(GenerationStage stage, int progress, String message, String details) {
}
