package dev.truecoding.generation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What the validator found: each step in the order it ran; the first failed step is the answer to "why". */
public record ValidationResult(List<Step> steps) {

    public enum Outcome { PASSED, FAILED, SKIPPED }

    /** One step ("static", "install", "typecheck", "test", "build") with the relevant part of its output. */
    public record Step(String name, Outcome outcome, Duration duration, String logExcerpt) {
    }

    public ValidationResult {
        steps = List.copyOf(steps);
    }

    public boolean passed() {
        return steps.stream().noneMatch(step -> step.outcome() == Outcome.FAILED);
    }

    public Optional<Step> failedStep() {
        return steps.stream().filter(step -> step.outcome() == Outcome.FAILED).findFirst();
    }

    public Optional<Step> step(String name) {
        return steps.stream().filter(step -> step.name().equals(name)).findFirst();
    }
}
