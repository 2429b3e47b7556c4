package dev.truecoding.usage;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Estimated cost of tokens: the provider's list price per million tokens read and written. Prices are looked up
 * when a cost is shown (nothing is stored in money), so correcting the table corrects every figure.
 */
@Component
public class Prices {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /**
     * The models the README names, at their providers' list prices in USD (Anthropic: claude-sonnet-4-5 $3/$15,
     * claude-haiku-4-5 $1/$5, claude-opus-4-1 $15/$75; OpenAI: gpt-5 $1.25/$10, gpt-5-mini $0.25/$2). Models run
     * on the person's own Ollama cost no money per token, and the guided assistant runs no model.
     */
    static final Map<String, PriceSettings.Price> DEFAULTS = Map.of(
            "claude-sonnet-4-5", price("3", "15"),
            "claude-haiku-4-5", price("1", "5"),
            "claude-opus-4-1", price("15", "75"),
            "gpt-5", price("1.25", "10"),
            "gpt-5-mini", price("0.25", "2"),
            "llama3.2", price("0", "0"),
            "guided", price("0", "0"));

    private final Map<String, PriceSettings.Price> table;
    private final Currency currency;

    public Prices(PriceSettings settings) {
        Map<String, PriceSettings.Price> merged = new HashMap<>(DEFAULTS);
        settings.prices().forEach((model, price) -> merged.put(model.toLowerCase(Locale.ROOT), price));
        this.table = Map.copyOf(merged);
        try {
            this.currency = Currency.getInstance(settings.currency().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("truecoding.ai.currency must be an ISO 4217 code such as USD or BRL; it is \""
                    + settings.currency() + "\"", e);
        }
    }

    /** The currency of the table's prices. */
    public Currency currency() {
        return currency;
    }

    /**
     * The cost of {@code tokens} on {@code model}, or empty when the table has no price for it. Ollama's tags
     * ("llama3.2:latest") and Anthropic's dated ids ("claude-sonnet-4-5-20250929") fall back to the model's price.
     */
    public Optional<BigDecimal> cost(String model, Tokens tokens) {
        return price(model).map(price -> price.inputPerMtok().multiply(BigDecimal.valueOf(tokens.input()))
                .add(price.outputPerMtok().multiply(BigDecimal.valueOf(tokens.output())))
                .divide(MILLION, MathContext.DECIMAL64));
    }

    Optional<PriceSettings.Price> price(String model) {
        if (model == null || model.isBlank()) {
            return Optional.empty();
        }
        String id = model.strip().toLowerCase(Locale.ROOT);
        PriceSettings.Price exact = table.get(id);
        if (exact != null) {
            return Optional.of(exact);
        }
        int tag = id.indexOf(':');
        if (tag > 0 && table.containsKey(id.substring(0, tag))) {
            return Optional.of(table.get(id.substring(0, tag)));
        }
        String undated = id.replaceFirst("-\\d{8}$", "");
        return Optional.ofNullable(table.get(undated));
    }

    private static PriceSettings.Price price(String input, String output) {
        return new PriceSettings.Price(new BigDecimal(input), new BigDecimal(output));
    }
}
