package dev.truecoding.usage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The price table: {@code truecoding.ai.prices.<model>.input-per-mtok} and {@code output-per-mtok}, in
 * {@code truecoding.ai.currency} per million tokens. Entries here add to or replace {@link Prices#DEFAULTS}. A model
 * id with a dot is written in brackets: {@code truecoding.ai.prices.[gpt-4.1].input-per-mtok=2}.
 */
@ConfigurationProperties("truecoding.ai")
public record PriceSettings(@DefaultValue("USD") String currency, Map<String, Price> prices) {

    public PriceSettings {
        prices = prices == null ? Map.of() : Map.copyOf(prices);
    }

    /** One model's price per million tokens read and written. */
    public record Price(BigDecimal inputPerMtok, BigDecimal outputPerMtok) {

        public Price {
            if (inputPerMtok == null || outputPerMtok == null || inputPerMtok.signum() < 0 || outputPerMtok.signum() < 0) {
                throw new IllegalArgumentException("truecoding.ai.prices: input-per-mtok and output-per-mtok are both "
                        + "needed, and not negative");
            }
        }
    }
}
