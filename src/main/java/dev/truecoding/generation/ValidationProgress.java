package dev.truecoding.generation;

import dev.truecoding.system.Phrase;
import java.util.Map;

/**
 * How a run reports validation as it goes, the same for a generation and a change: each step's start and pass as
 * a message, at the part of the validation bar done so far. Each step's share follows how long the steps take
 * (bench/generator and bench/generation: the build is about half, typecheck and tests a fifth each, a cached
 * install and the static checks a few percent), so the bar is not at 80% as the longest step begins.
 */
public final class ValidationProgress {

    /** Told the part (0–1) of validation done and what is happening. */
    public interface Reporter {
        void report(double fraction, Phrase message);
    }

    static final Map<String, Integer> SHARES = Map.of("static", 1, "install", 6, "typecheck", 20, "test", 18, "build", 55);

    private ValidationProgress() {
    }

    /** A step listener that reports each step's start and pass to {@code reporter}. */
    public static CodeValidator.StepListener reporting(Reporter reporter) {
        int total = CodeValidator.STEPS.size();
        return new CodeValidator.StepListener() {
            @Override
            public void started(String step) {
                reporter.report(done(step, false), Phrase.of("progress.validation.running", step,
                        CodeValidator.STEPS.indexOf(step) + 1, total));
            }

            @Override
            public void finished(ValidationResult.Step step) {
                if (step.outcome() == ValidationResult.Outcome.PASSED) {
                    reporter.report(done(step.name(), true), Phrase.of("progress.validation.passed", step.name(),
                            step.duration().toMillis() / 1000.0));
                }
            }
        };
    }

    /** The part (0–1) of validation done when {@code step} starts, or when it has finished. */
    public static double done(String step, boolean finished) {
        int index = CodeValidator.STEPS.indexOf(step);
        int before = CodeValidator.STEPS.subList(0, Math.max(0, index) + (finished ? 1 : 0)).stream()
                .mapToInt(name -> SHARES.getOrDefault(name, 0)).sum();
        int all = CodeValidator.STEPS.stream().mapToInt(name -> SHARES.getOrDefault(name, 0)).sum();
        return (double) before / all;
    }
}
