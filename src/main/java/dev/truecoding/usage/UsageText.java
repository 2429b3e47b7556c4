package dev.truecoding.usage;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Tokens and cost as the person reads them: "12,345 tokens · $0.42" in English, "12.345 tokens · US$ 0,42" in
 * Portuguese, "cost unknown" for a model without a price. Pages call it as {@code @usageText}.
 */
@Component("usageText")
public class UsageText {

    private final MessageSource messages;
    private final Prices prices;

    UsageText(MessageSource messages, Prices prices) {
        this.messages = messages;
        this.prices = prices;
    }

    /** "12,345 tokens · $0.42", in the request's locale. */
    public String line(UsageTotal total) {
        return line(total, LocaleContextHolder.getLocale());
    }

    public String line(UsageTotal total, Locale locale) {
        return message("budget.usage.line", locale, tokens(total.tokens().total(), locale), cost(total, locale));
    }

    /** "1,200 tokens in, 300 out" (what the price is applied to). */
    public String split(UsageTotal total) {
        Locale locale = LocaleContextHolder.getLocale();
        NumberFormat integers = NumberFormat.getIntegerInstance(locale);
        return message("budget.usage.split", locale, integers.format(total.tokens().input()),
                integers.format(total.tokens().output()));
    }

    public String tokens(long count, Locale locale) {
        return count == 1 ? message("budget.usage.tokens.one", locale)
                : message("budget.usage.tokens", locale, NumberFormat.getIntegerInstance(locale).format(count));
    }

    /** The estimated cost, "cost unknown", or both when some models have a price and some not. */
    public String cost(UsageTotal total, Locale locale) {
        if (total.unpricedTokens() == 0) {
            return money(total.cost(), locale);
        }
        if (total.unpricedTokens() == total.tokens().total() && total.cost().signum() == 0) {
            return message("budget.usage.cost.unknown", locale);
        }
        return message("budget.usage.cost.partial", locale, money(total.cost(), locale), tokens(total.unpricedTokens(), locale));
    }

    /** Cents for a dollar or more; below that up to four decimals, since one reply often costs a fraction of a cent. */
    public String money(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(prices.currency());
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(amount.abs().compareTo(BigDecimal.ONE) >= 0 || amount.signum() == 0 ? 2 : 4);
        return format.format(amount);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
