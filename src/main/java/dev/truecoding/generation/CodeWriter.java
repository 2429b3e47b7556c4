package dev.truecoding.generation;

import dev.truecoding.assistant.AssistantIdentity;
import dev.truecoding.assistant.CodeModel;
import dev.truecoding.generation.writer.ModelWriter;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;

import java.io.IOException;
import java.util.Optional;

/**
 * Asks the configured AI model to write what the template could not: the coverage report's custom endpoints,
 * page content and components (items {@code NOT_IMPLEMENTED}). The model sees the plan, those items and the
 * relevant files (within {@link CodeWriterSettings#maxContextSize()}), and answers with whole files. Each file
 * is checked on its own ({@link CodeValidator#checkPath}, an allow-list of source files under {@code src/} and
 * {@code tests/}, sizes, the secret scanner): a refused file is never written, and {@link WrittenApp#refused()}
 * says why. Template files may be replaced, never removed.
 *
 * <p>The contract with the pipeline ({@link #writeValidated} does exactly this):
 * <ol>
 *   <li>template app → {@link #write} → validate;</li>
 *   <li>while validation fails, up to {@link CodeWriterSettings#fixRounds()} times: {@link #fix} with the failed
 *       step → validate (not for a failed {@code install}: dependencies are not the model's to change);</li>
 *   <li>still failing after the last round, or the model unreachable or its answer unusable
 *       ({@link CodeWritingException}): the template app, validated, as if no model were configured;</li>
 *   <li>but before a fix request, when the {@link CodeBudget} is spent, or when the last fix brought back the
 *       same error (another round would likely pay for the same answer): stop, with
 *       {@link Outcome#stopped()} saying why ("Stopped after 3 fix rounds and 41k tokens (…): "typecheck" still
 *       fails at src/app/…"). The pipeline ends the run FAILED with it: nothing is committed.</li>
 * </ol>
 *
 * <p>A bean only when a model provider is configured (see {@link CodeModel}): inject {@code Optional<CodeWriter>}.
 */
public class CodeWriter {

    /** The validation step that installs dependencies: the model may not touch them, so it cannot fix it. */
    private static final String INSTALL = "install";

    private final ModelWriter writer;
    private final CodeModel model;
    private final CodeWriterSettings settings;
    private final CodeBudget budget;

    public CodeWriter(CodeModel model, CodeWriterSettings settings) {
        this(model, settings, CodeBudget.NONE);
    }

    public CodeWriter(CodeModel model, CodeWriterSettings settings, CodeBudget budget) {
        this.writer = new ModelWriter(model, settings);
        this.model = model;
        this.settings = settings;
        this.budget = budget;
    }

    /** What one generation may spend on the model. */
    public CodeBudget budget() {
        return budget;
    }

    /** The model that writes, to show the person. */
    public AssistantIdentity model() {
        return model.identity();
    }

    /**
     * One request with the plan and the items to write. Without such items the template app comes back
     * unchanged, without asking the model.
     *
     * @param business the BusinessPlan when there is one, else null
     * @throws CodeWritingException when the model cannot be reached or its answer is not the JSON asked for
     */
    public WrittenApp write(GeneratedApp templateApp, TechnicalPlan technical, BusinessPlan business) {
        return writer.write(templateApp, technical, business, tokens -> { });
    }

    /**
     * One request to fix what {@code failedStep} reports (its name and the start and end of its log), given the
     * app as {@code current} has it. Files are added or replaced on top of {@code current}.
     *
     * @throws CodeWritingException when the model cannot be reached or its answer is not the JSON asked for
     */
    public WrittenApp fix(WrittenApp current, TechnicalPlan technical, BusinessPlan business,
                          ValidationResult.Step failedStep) {
        return writer.fix(current, technical, business, failedStep, tokens -> { });
    }

    /** Validates an app: {@link CodeValidator#validate} or {@link CodeValidator#checkStatic}, as the caller wants. */
    @FunctionalInterface
    public interface Validation {
        ValidationResult validate(GeneratedApp app) throws IOException, InterruptedException;
    }

    /**
     * The app the pipeline keeps and its validation.
     *
     * @param written  what the model wrote when its app is kept (or, when stopped, its last version), null after a
     *                 fall back to the template app
     * @param fellBack why the template app was kept (the model's failure, or the step still failing), else null
     * @param stopped  why the fix rounds stopped with the build still failing (budget spent, the same error again):
     *                 the run fails with this message; {@code app} and {@code validation} are the model's last
     *                 version and its failed validation. Null otherwise
     */
    public record Outcome(GeneratedApp app, ValidationResult validation, WrittenApp written, String fellBack,
                          String stopped) {

        public Outcome(GeneratedApp app, ValidationResult validation, WrittenApp written, String fellBack) {
            this(app, validation, written, fellBack, null);
        }
    }

    /** The pipeline contract above, in one call, counting tokens in memory (not recorded anywhere). */
    public Outcome writeValidated(GeneratedApp templateApp, TechnicalPlan technical, BusinessPlan business,
                                  Validation validation) throws IOException, InterruptedException {
        return writeValidated(templateApp, technical, business, validation,
                CodeMeter.inMemory(tokens -> Optional.empty(), "USD"));
    }

    /** The pipeline contract above, in one call; {@code meter} is told each answer's tokens and held to the budget. */
    public Outcome writeValidated(GeneratedApp templateApp, TechnicalPlan technical, BusinessPlan business,
                                  Validation validation, CodeMeter meter) throws IOException, InterruptedException {
        return writeValidated(templateApp, technical, business, validation, meter, budget);
    }

    /** As above, held to {@code budget} (a generation's own) rather than the settings'. */
    public Outcome writeValidated(GeneratedApp templateApp, TechnicalPlan technical, BusinessPlan business,
                                  Validation validation, CodeMeter meter, CodeBudget budget)
            throws IOException, InterruptedException {
        String reason;
        try {
            WrittenApp current = writer.write(templateApp, technical, business, meter::spent);
            if (current.written().isEmpty()) {
                String why = current.refused().isEmpty() ? null : "every file of the model's answer was refused";
                return new Outcome(templateApp, validation.validate(templateApp), null, why);
            }
            String previousError = null;
            for (int round = 0; ; round++) {
                ValidationResult result = validation.validate(current.app());
                if (result.passed()) {
                    return new Outcome(current.app(), result, current, null);
                }
                ValidationResult.Step failed = result.failedStep().orElseThrow();
                if (INSTALL.equals(failed.name())) {
                    reason = "\"install\" failed, which the model's files cannot change (package.json is the template's)";
                    break;
                }
                String error = FixStop.signature(failed);
                if (error.equals(previousError)) {
                    return stopped(current, result, round, meter, "the last fix brought back the same error");
                }
                if (round == settings.fixRounds()) {
                    reason = "\"" + failed.name() + "\" still failed after " + round + " fix round(s)";
                    break;
                }
                Optional<String> spent = budget.spent(meter);
                if (spent.isPresent()) {
                    return stopped(current, result, round, meter, spent.get());
                }
                previousError = error;
                current = writer.fix(current, technical, business, failed, meter::spent);
            }
        } catch (CodeWritingException e) {
            reason = e.getMessage();
        }
        return new Outcome(templateApp, validation.validate(templateApp), null, reason);
    }

    private static Outcome stopped(WrittenApp current, ValidationResult result, int rounds, CodeMeter meter, String why) {
        return new Outcome(current.app(), result, current, null,
                FixStop.message(rounds, meter, why, result.failedStep().orElseThrow()));
    }
}
