package dev.truecoding.generation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What the code writer may spend on one generation (all its attempts together) before its fix rounds stop:
 * tokens, money, or both. Checked before each fix request, so a round already asked for is never cut off midway.
 *
 * @param tokens tokens read and written together; 0: no token limit
 * @param cost   in the price table's currency ({@code truecoding.ai.currency}); null: no money limit. Only a model
 *               with a price can be held to it; the token limit holds for every model
 */
@ConfigurationProperties("truecoding.generation.budget")
public record CodeBudget(@DefaultValue("250000") long tokens, @DefaultValue("2.00") BigDecimal cost) {

    public static final CodeBudget NONE = new CodeBudget(0, null);

    public CodeBudget {
        if (tokens < 0 || (cost != null && cost.signum() < 0)) {
            throw new IllegalArgumentException("truecoding.generation.budget: tokens and cost are not negative");
        }
    }

    public static CodeBudget defaults() {
        return new CodeBudget(250_000, new BigDecimal("2.00"));
    }

    /**
     * This budget, tightened by what a generation's request asks (0 or null: nothing asked). A request can only
     * lower the limits: the model's key is the server's, and so is the money the settings allow.
     */
    public CodeBudget within(GenerationRequest.Budget asked) {
        if (asked == null) {
            return this;
        }
        long tokenLimit = asked.tokens() == null || asked.tokens() == 0 ? tokens
                : tokens == 0 ? asked.tokens() : Math.min(tokens, asked.tokens());
        BigDecimal costLimit = asked.cost() == null || asked.cost().signum() == 0 ? cost
                : cost == null ? asked.cost() : cost.min(asked.cost());
        return new CodeBudget(tokenLimit, costLimit);
    }

    /** Why the budget is spent ("the budget of 40k tokens is spent"), or empty while some of it is left. */
    Optional<String> spent(CodeMeter meter) {
        if (tokens > 0 && meter.total().total() >= tokens) {
            return Optional.of("the budget of " + CodeMeter.kilo(tokens) + " tokens is spent");
        }
        Optional<BigDecimal> cost = meter.cost();
        if (this.cost != null && cost.isPresent() && cost.get().compareTo(this.cost) >= 0) {
            return Optional.of("the budget of " + this.cost.setScale(2, RoundingMode.HALF_UP).toPlainString() + " "
                    + meter.currency() + " is spent");
        }
        return Optional.empty();
    }
}
