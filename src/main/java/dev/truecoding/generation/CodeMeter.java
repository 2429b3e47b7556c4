package dev.truecoding.generation;

import dev.truecoding.usage.Tokens;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the code writer has spent on a generation: each answer's tokens are reported as they come, and the totals
 * include earlier attempts of the same run when the meter is backed by the usage ledger (a revived run does not
 * get a fresh budget).
 */
public interface CodeMeter {

    /** One answer's tokens (also of an answer that turns out unusable: it was paid for). */
    void spent(Tokens tokens);

    Tokens total();

    /** The estimated cost so far, empty when the model has no price. */
    Optional<BigDecimal> cost();

    /** The currency of {@link #cost}. */
    String currency();

    /** A meter that keeps its count in memory, priced by {@code price} (empty: the model has no price). */
    static CodeMeter inMemory(Function<Tokens, Optional<BigDecimal>> price, String currency) {
        return new CodeMeter() {
            private Tokens total = Tokens.NONE;

            @Override
            public synchronized void spent(Tokens tokens) {
                total = total.plus(tokens);
            }

            @Override
            public synchronized Tokens total() {
                return total;
            }

            @Override
            public Optional<BigDecimal> cost() {
                return price.apply(total());
            }

            @Override
            public String currency() {
                return currency;
            }
        };
    }

    /** "41k", "980", "1.2M": token counts in a run's message. */
    static String kilo(long tokens) {
        if (tokens < 1000) {
            return Long.toString(tokens);
        }
        if (tokens < 1_000_000) {
            return Math.round(tokens / 1000.0) + "k";
        }
        return BigDecimal.valueOf(tokens).divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP).toPlainString() + "M";
    }
}
