package dev.truecoding.usage;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tokens and their estimated cost, summed over requests.
 *
 * @param tokens         all tokens, priced or not
 * @param cost           the cost of the tokens whose model has a price
 * @param unpricedTokens the tokens of models the price table does not know: their cost is unknown, not zero
 * @param models         the models that answered, in name order
 */
public record UsageTotal(Tokens tokens, BigDecimal cost, long unpricedTokens, Set<String> models) {

    public static final UsageTotal NONE = new UsageTotal(Tokens.NONE, BigDecimal.ZERO, 0, Set.of());

    public UsageTotal {
        models = Collections.unmodifiableSortedSet(new TreeSet<>(models));
    }

    static UsageTotal priced(Tokens tokens, BigDecimal cost, String model) {
        return new UsageTotal(tokens, cost, 0, Set.of(model));
    }

    static UsageTotal unpriced(Tokens tokens, String model) {
        return new UsageTotal(tokens, BigDecimal.ZERO, tokens.total(), Set.of(model));
    }

    public UsageTotal plus(UsageTotal other) {
        Set<String> both = new TreeSet<>(models);
        both.addAll(other.models);
        return new UsageTotal(tokens.plus(other.tokens), cost.add(other.cost), unpricedTokens + other.unpricedTokens, both);
    }

    /** True when nothing was asked of a model. */
    public boolean none() {
        return models.isEmpty();
    }

    /** The whole cost, when every token's model has a price. */
    public Optional<BigDecimal> knownCost() {
        return unpricedTokens == 0 ? Optional.of(cost) : Optional.empty();
    }
}
