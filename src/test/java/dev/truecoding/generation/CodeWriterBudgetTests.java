package dev.truecoding.generation;

import dev.truecoding.assistant.fake.AnthropicWire;
import dev.truecoding.generation.FakeModel.Wire;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.usage.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.truecoding.generation.FakeModel.answer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code writer's fix rounds against a model (a fake speaking Anthropic's wire format, 12 tokens in and 7 out per
 * answer) whose code keeps failing: they stop at the budget, or as soon as a fix brings back the same error, with
 * a message saying the rounds, the tokens and where the build fails.
 */
class CodeWriterBudgetTests {

    private static final String PUBLISH = "POST /api/posts/:id/feature";
    private static final String ROUTE = "src/app/api/posts/[id]/feature/route.ts";
    private static final int PER_ANSWER = AnthropicWire.INPUT_TOKENS + AnthropicWire.OUTPUT_TOKENS;
    /** Enough rounds that the budget, not the round limit, is what stops. */
    private static final CodeWriterSettings MANY_ROUNDS = new CodeWriterSettings(20, DataSize.ofKilobytes(64),
            DataSize.ofKilobytes(256), DataSize.ofKilobytes(96), 8000, 10);

    private final TechnicalPlan plan = SamplePlans.technical("small");
    private final BusinessPlan business = SamplePlans.business("small");
    private final GeneratedApp template = new AppGenerator().generate(plan, business);
    private final List<FakeModel> models = new ArrayList<>();
    private final List<GeneratedApp> validated = new ArrayList<>();

    @AfterEach
    void stopModels() {
        models.forEach(FakeModel::close);
    }

    @Test
    void theTokenBudgetStopsTheFixRoundsWithWhatWasSpentAndWhereTheBuildFails() throws Exception {
        FakeModel model = modelAnswering(6);
        CodeWriter writer = new CodeWriter(model.model(), MANY_ROUNDS, new CodeBudget(2 * PER_ANSWER + 1, null));
        CodeMeter meter = CodeMeter.inMemory(tokens -> Optional.empty(), "USD");

        CodeWriter.Outcome outcome = writer.writeValidated(template, plan, business, typecheckFailsEachTimeDifferently(),
                meter);

        assertThat(outcome.stopped()).isEqualTo("Stopped after 2 fix rounds and 57 tokens (the budget of 39 tokens is "
                + "spent): \"typecheck\" still fails at " + ROUTE + "(3,5): error TS2322: Type 'number' is not assignable "
                + "to type 'string' (attempt 3). Nothing was committed; generate again to retry, or change the plan.");
        assertThat(model.server.requests()).as("the write and two fixes, no third").hasSize(3);
        assertThat(meter.total()).isEqualTo(new Tokens(3L * AnthropicWire.INPUT_TOKENS, 3L * AnthropicWire.OUTPUT_TOKENS));
        assertThat(validated).as("the model's three versions; the template is not validated again").hasSize(3)
                .noneMatch(template::equals);
        assertThat(outcome.validation().passed()).isFalse();
        assertThat(outcome.fellBack()).isNull();
    }

    @Test
    void aMoneyBudgetStopsThemWhenTheModelHasAPrice() throws Exception {
        FakeModel model = modelAnswering(6);
        CodeWriter writer = new CodeWriter(model.model(), MANY_ROUNDS, new CodeBudget(0, new BigDecimal("0.05")));
        // A cent a token: the first answer costs 0.19, past the budget of 0.05 at once.
        CodeMeter meter = CodeMeter.inMemory(tokens -> Optional.of(BigDecimal.valueOf(tokens.total(), 2)), "USD");

        CodeWriter.Outcome outcome = writer.writeValidated(template, plan, business, typecheckFailsEachTimeDifferently(),
                meter);

        assertThat(outcome.stopped()).startsWith("Stopped after 0 fix rounds and 19 tokens (0.1900 USD; the budget of "
                + "0.05 USD is spent): \"typecheck\" still fails at " + ROUTE);
        assertThat(model.server.requests()).hasSize(1);
    }

    @Test
    void theSameErrorTwiceInARowStopsEarly() throws Exception {
        FakeModel model = modelAnswering(6);
        CodeWriter writer = new CodeWriter(model.model(), MANY_ROUNDS, CodeBudget.defaults());
        // The same compiler error each time; only the timing line differs, which does not make it another error.
        int[] attempt = {0};
        CodeWriter.Validation sameError = app -> {
            validated.add(app);
            attempt[0]++;
            return failed("typecheck", "> tsc --noEmit\n" + ROUTE + "(3,5): error TS2322: Type 'number' is not "
                    + "assignable to type 'string'.\nFound 1 error in " + ROUTE + ":3. Done in " + attempt[0] + ".4s\n");
        };

        CodeWriter.Outcome outcome = writer.writeValidated(template, plan, business, sameError,
                CodeMeter.inMemory(tokens -> Optional.empty(), "USD"));

        assertThat(outcome.stopped()).isEqualTo("Stopped after 1 fix round and 38 tokens (the last fix brought back the "
                + "same error): \"typecheck\" still fails at " + ROUTE + "(3,5): error TS2322: Type 'number' is not "
                + "assignable to type 'string'. Nothing was committed; generate again to retry, or change the plan.");
        assertThat(model.server.requests()).as("one fix, not the ten allowed").hasSize(2);
    }

    @Test
    void withinTheBudgetTheRoundLimitStillFallsBackToTheTemplateApp() throws Exception {
        FakeModel model = modelAnswering(3);
        CodeWriter writer = new CodeWriter(model.model(), CodeWriterSettings.defaults(), CodeBudget.defaults());

        CodeWriter.Outcome outcome = writer.writeValidated(template, plan, business, app -> {
            boolean written = app.files().stream().anyMatch(file -> file.path().equals(ROUTE));
            validated.add(app);
            return written ? failed("typecheck", ROUTE + "(3,5): error TS2322: attempt " + validated.size())
                    : new ValidationResult(List.of(new ValidationResult.Step("typecheck", ValidationResult.Outcome.PASSED,
                    Duration.ZERO, "")));
        }, CodeMeter.inMemory(tokens -> Optional.empty(), "USD"));

        assertThat(outcome.stopped()).isNull();
        assertThat(outcome.fellBack()).isEqualTo("\"typecheck\" still failed after 2 fix round(s)");
        assertThat(outcome.app()).isEqualTo(template);
    }

    @Test
    void aGenerationsRequestCanLowerTheBudgetButNeverRaiseIt() {
        CodeBudget settings = new CodeBudget(1000, new BigDecimal("2.00"));

        assertThat(settings.within(null)).isEqualTo(settings);
        assertThat(settings.within(new GenerationRequest.Budget(200L, null))).isEqualTo(new CodeBudget(200, new BigDecimal("2.00")));
        assertThat(settings.within(new GenerationRequest.Budget(5000L, new BigDecimal("0.50"))))
                .isEqualTo(new CodeBudget(1000, new BigDecimal("0.50")));
        assertThat(settings.within(new GenerationRequest.Budget(0L, new BigDecimal("9")))).isEqualTo(settings);
        assertThat(CodeBudget.NONE.within(new GenerationRequest.Budget(300L, new BigDecimal("1"))))
                .isEqualTo(new CodeBudget(300, new BigDecimal("1")));
    }

    /** Each version of the model's route fails to typecheck, each time on another line of the log. */
    private CodeWriter.Validation typecheckFailsEachTimeDifferently() {
        return app -> {
            validated.add(app);
            return failed("typecheck", "> tsc --noEmit\n" + ROUTE + "(3,5): error TS2322: Type 'number' is not "
                    + "assignable to type 'string' (attempt " + validated.size() + ")\n");
        };
    }

    private static ValidationResult failed(String step, String log) {
        return new ValidationResult(List.of(new ValidationResult.Step(step, ValidationResult.Outcome.FAILED,
                Duration.ofSeconds(2), log)));
    }

    private FakeModel modelAnswering(int answers) {
        FakeModel model = new FakeModel(Wire.ANTHROPIC);
        models.add(model);
        for (int i = 0; i < answers; i++) {
            model.answers(answer(Map.of(ROUTE, "export const attempt: string = " + i + ";\n"), PUBLISH));
        }
        return model;
    }
}
