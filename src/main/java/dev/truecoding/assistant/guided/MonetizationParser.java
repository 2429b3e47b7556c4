package dev.truecoding.assistant.guided;

import dev.truecoding.plan.BusinessPlan.MonetizationModel;
import dev.truecoding.plan.BusinessPlan.MonetizationStrategy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "how will it make money": a model named in words ("freemium with a $5/month pro plan", "pay once",
 * "ads-free and free forever") or by its number in the list the question shows, plus the price if one is written.
 */
final class MonetizationParser {

    /** In the order the question lists them; a number answer picks from this order. */
    static final MonetizationModel[] MODELS = {
            MonetizationModel.FREE, MonetizationModel.FREEMIUM, MonetizationModel.SUBSCRIPTION,
            MonetizationModel.ONE_TIME, MonetizationModel.USAGE_BASED};

    private static final int MAX_DESCRIPTION = 300;
    // Checked in this order: "free tier" must read as freemium before "free" reads as free.
    private static final Pattern FREEMIUM = Pattern.compile(
            "freemium|free tier|free plan|free version|free basic|premium|pro plan|pro tier|upgrade|free with paid|free but"
                    + "|plano (?:grátis|gratuito|pro|premium)|versão (?:grátis|gratuita)|grátis até|gratuito até|grátis com");
    private static final Pattern USAGE = Pattern.compile(
            "usage|pay[- ]as[- ]you[- ]go|per (?:use|request|call|booking|transaction|sale|order|message|minute)"
                    + "|credits?|commission|transaction fee|metered|take a cut|percentage of|% of each|%\\s+fee"
                    + "|por uso|por (?:reserva|agendamento|pedido|transação|venda|corrida|aula|consulta)|comissão|créditos?"
                    + "|taxa por|cobrar por");
    private static final Pattern ONE_TIME = Pattern.compile(
            "one[- ]time|once|lifetime|pay upfront|single purchase|buy it|purchase|one[- ]off|perpetual licen"
                    + "|pagamento único|compra única|uma vez só|uma única vez|vitalíci");
    private static final Pattern SUBSCRIPTION = Pattern.compile(
            "subscri|monthly|yearly|annual|per month|per year|a month|a year|/\\s?mo\\b|/\\s?month|/\\s?yr|/\\s?year"
                    + "|saas|recurring|membership|per seat|per user|assinatura|mensalidade|mensal|anual|por mês|por mes"
                    + "|por ano|/\\s?mês|ao mês|plano mensal");
    /** A price for each thing ("$25 per walk"): usage-based when nothing says it recurs. */
    private static final Pattern PER_THING = Pattern.compile(
            "(?:[$€£]|r\\$)\\s?\\d[\\d.,]*\\s?(?:per|each|a|por|cada)\\s+\\p{L}+");
    private static final Pattern FREE = Pattern.compile(
            "\\bfree\\b|open[- ]source|donation|no money|not for profit|non[- ]?profit|ads?\\b|advertis|sponsor"
                    + "|grátis|gratis|gratuit|de graça|sem custo|doaç|anúncio|propaganda|patrocín");
    private static final Pattern NUMBER_CHOICE = Pattern.compile("^(?:option\\s*|opção\\s*|#)?([1-5])$");
    private static final Pattern PRICE = Pattern.compile(
            "(?:R\\$|US\\$|[$€£¥])\\s?\\d[\\d.,]*\\d?(?:\\s?(?:/|per|a|an|por|ao)\\s?\\p{L}+)?"
                    + "|\\d[\\d.,]*\\s?(?:usd|eur|gbp|brl|dollars?|euros?|reais|bucks)(?:\\s?(?:/|per|a|an|por|ao)\\s?\\p{L}+)?"
                    + "|\\d{1,3}(?:[.,]\\d+)?\\s?%(?:\\s?(?:fee|commission|cut|de comissão))?",
            Pattern.CASE_INSENSITIVE);

    private MonetizationParser() {
    }

    static Optional<MonetizationStrategy> parse(String text) {
        return parse(text, Language.ENGLISH);
    }

    static Optional<MonetizationStrategy> parse(String text, Language language) {
        String line = FreeText.oneLine(text);
        String lower = line.toLowerCase(Locale.ROOT);
        Matcher choice = NUMBER_CHOICE.matcher(FreeText.normalized(line));
        if (choice.matches()) {
            MonetizationModel model = MODELS[Integer.parseInt(choice.group(1)) - 1];
            return Optional.of(new MonetizationStrategy(model, defaultDescription(model, language), null));
        }
        MonetizationModel model = modelOf(lower);
        if (model == null) {
            return Optional.empty();
        }
        Matcher price = PRICE.matcher(line);
        String pricing = price.find() ? FreeText.cap(price.group().strip(), 80) : null;
        String description = FreeText.wordCount(line) <= 2 ? defaultDescription(model, language) : FreeText.sentence(line, MAX_DESCRIPTION);
        return Optional.of(new MonetizationStrategy(model, description, pricing));
    }

    private static MonetizationModel modelOf(String lower) {
        if (FREEMIUM.matcher(lower).find()) {
            return MonetizationModel.FREEMIUM;
        }
        if (USAGE.matcher(lower).find()) {
            return MonetizationModel.USAGE_BASED;
        }
        if (ONE_TIME.matcher(lower).find()) {
            return MonetizationModel.ONE_TIME;
        }
        if (SUBSCRIPTION.matcher(lower).find()) {
            return MonetizationModel.SUBSCRIPTION;
        }
        if (PER_THING.matcher(lower).find()) {
            return MonetizationModel.USAGE_BASED;
        }
        return FREE.matcher(lower).find() ? MonetizationModel.FREE : null;
    }

    static String label(MonetizationModel model) {
        return label(model, Language.ENGLISH);
    }

    static String label(MonetizationModel model, Language language) {
        return Replies.in(language).text("monetization.label." + model.name());
    }

    static String defaultDescription(MonetizationModel model, Language language) {
        return Replies.in(language).text("monetization.default." + model.name());
    }
}
