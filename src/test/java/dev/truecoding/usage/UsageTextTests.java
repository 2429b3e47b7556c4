package dev.truecoding.usage;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Costs from the price table, said in the person's language and number format; no price, no made-up figure. */
class UsageTextTests {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    private final Prices prices = new Prices(new PriceSettings("USD", Map.of("my-model",
            new PriceSettings.Price(new BigDecimal("10"), new BigDecimal("30")))));
    private final UsageText text = new UsageText(bundles(), prices);

    @Test
    void theREADMEsModelsHavePricesPerMillionTokens() {
        // claude-sonnet-4-5: $3 in, $15 out per million tokens.
        assertThat(prices.cost("claude-sonnet-4-5", new Tokens(1_000_000, 100_000))).contains(new BigDecimal("4.5"));
        assertThat(prices.cost("claude-sonnet-4-5-20250929", new Tokens(1_000_000, 0))).as("a dated id").contains(new BigDecimal("3"));
        assertThat(prices.cost("gpt-5-mini", new Tokens(4000, 1000))).contains(new BigDecimal("0.003"));
        assertThat(prices.cost("llama3.2:latest", new Tokens(5000, 5000))).as("Ollama's tag").contains(BigDecimal.ZERO);
        assertThat(prices.cost("guided", Tokens.NONE)).contains(BigDecimal.ZERO);
        assertThat(prices.cost("My-Model", new Tokens(100_000, 0))).as("from the settings").contains(new BigDecimal("1"));
        assertThat(prices.cost("mystery-7b", new Tokens(10, 10))).isEmpty();
    }

    /** Portuguese puts a no-break space (U+00A0) between the currency and the amount, as the JDK's CLDR data says. */
    @Test
    void aCostIsSaidInThePersonsLocaleAndCurrencyFormatting() {
        UsageTotal total = UsageTotal.priced(new Tokens(1200, 34), new BigDecimal("0.01234"), "my-model");

        assertThat(text.line(total, Locale.ENGLISH)).isEqualTo("1,234 tokens · $0.0123");
        assertThat(text.line(total, PT_BR)).isEqualTo("1.234 tokens · US$\u00a00,0123");
        UsageTotal large = UsageTotal.priced(new Tokens(2_000_000, 500_000), new BigDecimal("13.5"), "my-model");
        assertThat(text.line(large, Locale.ENGLISH)).isEqualTo("2,500,000 tokens · $13.50");
        assertThat(text.line(large, PT_BR)).isEqualTo("2.500.000 tokens · US$\u00a013,50");
        assertThat(text.line(UsageTotal.priced(new Tokens(1, 0), BigDecimal.ZERO, "guided"), Locale.ENGLISH))
                .isEqualTo("1 token · $0.00");
    }

    @Test
    void anUnknownModelShowsItsTokensAndCostUnknown() {
        UsageTotal unknown = UsageTotal.unpriced(new Tokens(900, 100), "mystery-7b");

        assertThat(text.line(unknown, Locale.ENGLISH)).isEqualTo("1,000 tokens · cost unknown");
        assertThat(text.line(unknown, PT_BR)).isEqualTo("1.000 tokens · custo desconhecido");
        assertThat(unknown.knownCost()).isEmpty();

        UsageTotal mixed = unknown.plus(UsageTotal.priced(new Tokens(100, 0), new BigDecimal("0.5"), "my-model"));
        assertThat(text.line(mixed, Locale.ENGLISH)).isEqualTo("1,100 tokens · $0.50 + cost unknown for 1,000 tokens");
        assertThat(text.line(mixed, PT_BR)).isEqualTo("1.100 tokens · US$\u00a00,50 + custo desconhecido de 1.000 tokens");
        assertThat(mixed.models()).containsExactly("my-model", "mystery-7b");
        assertThat(mixed.knownCost()).isEmpty();
    }

    @Test
    void anotherCurrencyIsFormattedAsThatCurrency() {
        Prices reais = new Prices(new PriceSettings("brl", Map.of()));
        UsageText inReais = new UsageText(bundles(), reais);

        assertThat(inReais.money(new BigDecimal("2.5"), PT_BR)).isEqualTo("R$\u00a02,50");
        assertThatThrownBy(() -> new Prices(new PriceSettings("dollars", Map.of())))
                .hasMessageContaining("truecoding.ai.currency must be an ISO 4217 code");
        assertThatThrownBy(() -> new PriceSettings.Price(new BigDecimal("-1"), BigDecimal.ONE))
                .hasMessageContaining("not negative");
    }

    private static ResourceBundleMessageSource bundles() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
