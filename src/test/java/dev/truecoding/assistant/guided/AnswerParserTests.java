package dev.truecoding.assistant.guided;

import dev.truecoding.plan.BusinessPlan.Competitor;
import dev.truecoding.plan.BusinessPlan.Complexity;
import dev.truecoding.plan.BusinessPlan.MonetizationModel;
import dev.truecoding.plan.BusinessPlan.Priority;
import dev.truecoding.plan.BusinessPlan.SuccessMetric;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerParserTests {

    @Test
    void featuresTakeANameADescriptionAndMarkers() {
        var features = FeatureParser.parse("Search: find recipes by ingredient\nExport — CSV download [complexity: low]\n"
                + "Team chat (should-have)\nSearch (high, nice)", Priority.MUST_HAVE);

        assertThat(features).containsExactly(
                new FeatureDraft("Search", "Find recipes by ingredient.", Priority.MUST_HAVE, Complexity.MEDIUM),
                new FeatureDraft("Export", "CSV download.", Priority.MUST_HAVE, Complexity.LOW),
                new FeatureDraft("Team chat", "Team chat.", Priority.SHOULD_HAVE, Complexity.HIGH),
                new FeatureDraft("Search", "Search.", Priority.NICE_TO_HAVE, Complexity.HIGH));
    }

    @Test
    void complexityIsGuessedFromTheWords() {
        assertThat(FeatureParser.guessComplexity("Stripe payments")).isEqualTo(Complexity.HIGH);
        assertThat(FeatureParser.guessComplexity("Realtime collaboration")).isEqualTo(Complexity.HIGH);
        assertThat(FeatureParser.guessComplexity("AI meal ideas")).isEqualTo(Complexity.HIGH);
        assertThat(FeatureParser.guessComplexity("Photo upload")).isEqualTo(Complexity.MEDIUM);
        assertThat(FeatureParser.guessComplexity("Dark mode")).isEqualTo(Complexity.LOW);
    }

    @Test
    void aSentenceIsNamedByTheThingItActsOn() {
        var feature = FeatureParser.parse("users can save their favourite recipes to a personal cookbook", Priority.MUST_HAVE).getFirst();

        assertThat(feature.name()).isEqualTo("Favourite recipe saving");
        assertThat(feature.description()).isEqualTo("Users can save their favourite recipes to a personal cookbook.");
    }

    @Test
    void monetizationReadsModelsPricesAndNumbers() {
        assertThat(MonetizationParser.parse("subscription, $9.99 per month").orElseThrow())
                .satisfies(m -> {
                    assertThat(m.model()).isEqualTo(MonetizationModel.SUBSCRIPTION);
                    assertThat(m.pricing()).isEqualTo("$9.99 per month");
                });
        assertThat(MonetizationParser.parse("free tier plus premium").orElseThrow().model()).isEqualTo(MonetizationModel.FREEMIUM);
        assertThat(MonetizationParser.parse("pay once, lifetime licence").orElseThrow().model()).isEqualTo(MonetizationModel.ONE_TIME);
        assertThat(MonetizationParser.parse("a 5% commission per booking").orElseThrow().model()).isEqualTo(MonetizationModel.USAGE_BASED);
        assertThat(MonetizationParser.parse("totally free, open source").orElseThrow().model()).isEqualTo(MonetizationModel.FREE);
        assertThat(MonetizationParser.parse("3").orElseThrow().model()).isEqualTo(MonetizationModel.SUBSCRIPTION);
        assertThat(MonetizationParser.parse("Freemium").orElseThrow().description())
                .isEqualTo("Free core features, with a paid plan for power users.");
        assertThat(MonetizationParser.parse("with love")).isEmpty();
    }

    @Test
    void competitorsReadEveryForm() {
        assertThat(CompetitorParser.parse("""
                Paprika — costly, no sharing
                Mealime (https://www.mealime.com/app): no family accounts
                Notion: too generic
                Pen and paper""", "We focus on families")).containsExactly(
                new Competitor("Paprika", null, "Costly, no sharing."),
                new Competitor("Mealime", "https://www.mealime.com/app", "No family accounts."),
                new Competitor("Notion", null, "Too generic."),
                new Competitor("Pen", null, "We focus on families."),
                new Competitor("Paper", null, "We focus on families."));
    }

    @Test
    void metricsReadEveryForm() {
        assertThat(MetricParser.parse("""
                Weekly active users: 500 in 6 months
                1,000 sign-ups within the first quarter
                Retention of 40% by month 3
                MRR $2,000
                Happy users""")).containsExactly(
                new SuccessMetric("Weekly active users", "500", "6 months"),
                new SuccessMetric("Sign-ups", "1,000", "the first quarter"),
                new SuccessMetric("Retention", "40%", "month 3"),
                new SuccessMetric("MRR", "$2,000", "3 months"),
                new SuccessMetric("Happy users", "Growing month over month", "3 months"));
    }

    @Test
    void namesAreSuggestedFromTheIdeasWords() {
        assertThat(NameSuggester.names("An app where families share recipes and plan weekly meals"))
                .containsExactly("RecipeHub", "MealRecipes", "RecipeBase");
        assertThat(NameSuggester.names("🙂")).hasSize(3);
        assertThat(NameSuggester.tagline("I want to build an app to track my plants' watering", Language.ENGLISH))
                .as("a tagline, not the idea repeated").isEqualTo("Plants, made simple.");
    }
}
