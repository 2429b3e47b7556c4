package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.BusinessPlan.Competitor;
import dev.truecoding.plan.BusinessPlan.Complexity;
import dev.truecoding.plan.BusinessPlan.Feature;
import dev.truecoding.plan.BusinessPlan.MonetizationModel;
import dev.truecoding.plan.BusinessPlan.MonetizationStrategy;
import dev.truecoding.plan.BusinessPlan.Priority;
import dev.truecoding.plan.BusinessPlan.SuccessMetric;
import dev.truecoding.plan.BusinessPlan.TargetAudience;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DiscoveryInterviewTests {

    static final String[] FULL_INTERVIEW = {
            "An app where families share recipes and plan weekly meals together",
            "use the first one",
            "yes",
            "Families waste time deciding what to cook and lose recipes in group chats",
            "busy parents who cook at home",
            "grandparents who want to pass on recipes",
            "- no single place for recipes\n- planning meals takes ages\n- shopping lists get forgotten",
            "Recipe collection: save recipes and their photos\nWeekly meal planner (medium)\nShopping list (low)\nPayments for premium",
            "AI suggestions, Cooking timers",
            "freemium with a pro plan at $4/month",
            "Paprika (paprikaapp.com) — not built for families\nPinterest: hard to cook from",
            "Weekly active families: 500 in 6 months; 40% retention by month 3"};

    static BusinessPlan fullPlan() {
        return Chat.discovery().sendAll(FULL_INTERVIEW).businessPlan();
    }

    @Test
    void aFullInterviewProducesACompleteBusinessPlan() {
        AssistantReply last = Chat.discovery().sendAll(FULL_INTERVIEW);

        assertThat(last.planReady()).isTrue();
        assertThat(last.text()).contains("Here's your business plan", "## RecipeHub");
        BusinessPlan plan = last.businessPlan();
        assertThat(plan.name()).isEqualTo("RecipeHub");
        assertThat(plan.tagline()).isEqualTo("Recipes, made simple for families.");
        assertThat(plan.description()).isEqualTo("An app where families share recipes and plan weekly meals together. "
                + "Built for busy parents who cook at home.");
        assertThat(plan.problemStatement()).isEqualTo("Families waste time deciding what to cook and lose recipes in group chats.");
        assertThat(plan.targetAudience()).isEqualTo(new TargetAudience("Busy parents who cook at home",
                "Grandparents who want to pass on recipes",
                List.of("No single place for recipes.", "Planning meals takes ages.", "Shopping lists get forgotten.")));
        assertThat(plan.coreFeatures()).containsExactly(
                new Feature("f1", "Recipe collection", "Save recipes and their photos.", Priority.MUST_HAVE, Complexity.MEDIUM),
                new Feature("f2", "Weekly meal planner", "Weekly meal planner.", Priority.MUST_HAVE, Complexity.MEDIUM),
                new Feature("f3", "Shopping list", "Shopping list.", Priority.MUST_HAVE, Complexity.LOW),
                new Feature("f4", "Payments", "Payments for premium.", Priority.MUST_HAVE, Complexity.HIGH));
        assertThat(plan.niceToHaveFeatures()).containsExactly(
                new Feature("f5", "AI suggestions", "AI suggestions.", Priority.NICE_TO_HAVE, Complexity.HIGH),
                new Feature("f6", "Cooking timers", "Cooking timers.", Priority.NICE_TO_HAVE, Complexity.LOW));
        assertThat(plan.monetization()).isEqualTo(new MonetizationStrategy(MonetizationModel.FREEMIUM,
                "Freemium with a pro plan at $4/month.", "$4/month"));
        assertThat(plan.competitors()).containsExactly(
                new Competitor("Paprika", "https://paprikaapp.com", "Not built for families."),
                new Competitor("Pinterest", null, "Hard to cook from."));
        assertThat(plan.successMetrics()).containsExactly(
                new SuccessMetric("Weekly active families", "500", "6 months"),
                new SuccessMetric("Retention", "40%", "month 3"));
    }

    @Test
    void asksOneQuestionAtATimeAndShowsTheDraftAsItGrows() {
        Chat chat = Chat.discovery();

        AssistantReply first = chat.send("A marketplace where neighbours lend and borrow tools");
        assertThat(first.planReady()).isFalse();
        assertThat(first.text()).contains("What should we call it?", "1. ", "2. ");
        assertThat(first.businessPlan().description()).startsWith("A marketplace where neighbours");
        assertThat(first.businessPlan().name()).isNull();
        assertThat(first.businessPlan().coreFeatures()).isEmpty();

        AssistantReply second = chat.send("ToolShare");
        assertThat(second.businessPlan().name()).isEqualTo("ToolShare");
        assertThat(second.text()).contains("A tagline for ToolShare?");
    }

    @Test
    void aNameGivenAtTheStartOfASentenceIsTheName() {
        AssistantReply reply = Chat.discovery().send("Quero um app para minha cafeteria: os clientes fazem pedidos pelo "
                + "celular. Chamado Balcão Rápido. Funcionalidades: cardápio com preços, pedidos por mesa. "
                + "Cobrança: assinatura de R$ 49,90 por mês por loja.");

        assertThat(reply.businessPlan().name()).isEqualTo("Balcão Rápido");
    }

    @Test
    void greetingsGetAWelcomeInsteadOfBecomingTheIdea() {
        AssistantReply reply = Chat.discovery().send("hello");

        assertThat(reply.text()).contains("guided assistant", "What's your idea?");
        assertThat(reply.businessPlan().description()).isNull();
    }

    @Test
    void optionalPartsCanBeSkippedAndMetricsGetDefaults() {
        BusinessPlan plan = Chat.discovery().sendAll(
                "A habit tracker for remote workers", "2", "skip", "Remote workers lose their routines",
                "remote workers", "skip", "no", "Habits, Daily check-in", "none", "skip", "n/a", "-").businessPlan();

        assertThat(plan.targetAudience().secondary()).isNull();
        assertThat(plan.targetAudience().painPoints()).containsExactly("Remote workers lose their routines.");
        assertThat(plan.tagline()).isEqualTo("Habits, made simple for workers.");
        assertThat(plan.niceToHaveFeatures()).isEmpty();
        assertThat(plan.monetization().model()).as("skipped money: free until decided, and saying so").isEqualTo(MonetizationModel.FREE);
        assertThat(plan.monetization().description()).contains("still to be decided");
        assertThat(plan.competitors()).isNull();
        assertThat(plan.successMetrics()).hasSize(3);
        assertThat(plan.successMetrics().get(2).name()).isEqualTo("New users who use habits");
    }

    @Test
    void requiredPartsCannotBeSkipped() {
        Chat chat = Chat.discovery();
        chat.sendAll("A habit tracker", "1", "yes");

        AssistantReply reply = chat.send("skip");

        assertThat(reply.text()).contains("can't skip", "What problem does");
        assertThat(reply.businessPlan().problemStatement()).isNull();
    }

    @Test
    void theNameCanBeChangedAtAnyTime() {
        Chat chat = Chat.discovery();
        chat.sendAll("A habit tracker for remote workers", "Streaky", "yes");

        AssistantReply renamed = chat.send("Actually, call it Routinely");
        assertThat(renamed.businessPlan().name()).isEqualTo("Routinely");
        assertThat(renamed.text()).contains("it's called **Routinely**", "What problem does Routinely solve?");

        assertThat(chat.send("rename it to Habitat").businessPlan().name()).isEqualTo("Habitat");
        assertThat(chat.send("the name is Daybreak.").businessPlan().name()).isEqualTo("Daybreak");
        assertThat(chat.send("CHANGE THE NAME TO Dawn").businessPlan().name()).isEqualTo("Dawn");
    }

    @Test
    void goBackReasksThePreviousQuestionAndReturnsAfterwards() {
        Chat chat = Chat.discovery();
        chat.sendAll("A habit tracker for remote workers", "Streaky", "yes", "Routines fall apart at home");

        AssistantReply back = chat.send("go back");
        assertThat(back.text()).contains("Currently: *Routines fall apart at home.*", "What problem does Streaky solve?");

        AssistantReply corrected = chat.send("Remote workers struggle to keep healthy routines");
        assertThat(corrected.businessPlan().problemStatement()).isEqualTo("Remote workers struggle to keep healthy routines.");
        assertThat(corrected.text()).contains("Who is it for");
    }

    @Test
    void goBackOnTheFirstQuestionStaysThere() {
        assertThat(Chat.discovery().send("go back").text()).contains("first question", "What's your idea?");
    }

    @Test
    void partsCanBeChangedWithAPhraseWithoutLeavingTheCurrentQuestion() {
        Chat chat = Chat.discovery();
        chat.sendAll("A habit tracker for remote workers", "Streaky", "yes", "Routines fall apart", "remote workers");

        AssistantReply reply = chat.send("change the problem: Nobody keeps their habits at home");

        assertThat(reply.businessPlan().problemStatement()).isEqualTo("Nobody keeps their habits at home.");
        assertThat(reply.text()).contains("Updated the problem", "Anyone else who would use it?");
        assertThat(chat.send("update audience to designers").businessPlan().targetAudience().primary()).isEqualTo("Designers");
    }

    @Test
    void changingAPartWithoutAnAnswerAsksItsQuestionAgain() {
        Chat chat = Chat.discovery();
        chat.sendAll("A habit tracker for remote workers", "Streaky", "yes", "Routines fall apart", "remote workers");

        AssistantReply ask = chat.send("change the tagline");
        assertThat(ask.text()).contains("Currently:", "A tagline for Streaky?");

        AssistantReply answered = chat.send("Keep your streak");
        assertThat(answered.businessPlan().tagline()).isEqualTo("Keep your streak.");
        assertThat(answered.text()).contains("Anyone else who would use it?");
    }

    @Test
    void aCompletePlanCanStillBeCorrectedAndIsReissued() {
        Chat chat = Chat.discovery();
        chat.sendAll(FULL_INTERVIEW);

        AssistantReply features = chat.send("change features: Recipes, Meal plans (high)");
        assertThat(features.planReady()).isTrue();
        assertThat(features.businessPlan().coreFeatures()).extracting(Feature::name).containsExactly("Recipes", "Meal plans");
        assertThat(features.businessPlan().niceToHaveFeatures().getFirst().id()).isEqualTo("f3");
        assertThat(features.text()).contains("Here's your business plan");

        AssistantReply added = chat.send("add feature: Grocery delivery (high)");
        assertThat(added.businessPlan().coreFeatures()).extracting(Feature::name).endsWith("Grocery delivery");

        AssistantReply removed = chat.send("remove feature f1");
        assertThat(removed.businessPlan().coreFeatures()).extracting(Feature::name).doesNotContain("Recipes");
        assertThat(removed.planReady()).isTrue();

        AssistantReply chatter = chat.send("thanks!");
        assertThat(chatter.planReady()).isTrue();
        assertThat(chatter.text()).contains("Your plan is ready");
    }

    @Test
    void theLastMustHaveFeatureCannotBeRemoved() {
        Chat chat = Chat.discovery();
        chat.sendAll("A habit tracker", "1", "yes", "Habits slip", "workers", "skip", "skip", "Habits");

        AssistantReply reply = chat.send("remove feature Habits");

        assertThat(reply.text()).contains("at least one must-have feature");
        assertThat(reply.businessPlan().coreFeatures()).hasSize(1);
    }

    @Test
    void unclearAnswersGetHelpForTheCurrentStep() {
        Chat chat = Chat.discovery();
        for (String gibberish : List.of("?", "help", "asdfgh", "🙂🙂🙂", "...", "   ", "xkcdvbn")) {
            AssistantReply reply = chat.send(gibberish);
            assertThat(reply.text()).as(gibberish).contains("What's your idea?");
            assertThat(reply.businessPlan().description()).isNull();
        }
        chat.sendAll("A habit tracker", "1", "yes", "Habits slip", "workers", "skip", "skip");

        assertThat(chat.send("???").text()).contains("List the features", "Which features must");
        AssistantReply yes = chat.send("yes");
        assertThat(yes.text()).as("a yes names no feature").contains("needs at least one feature", "Which features must");
        assertThat(yes.businessPlan().coreFeatures()).isNullOrEmpty();
        assertThat(chat.send("Habits").text()).contains("Any nice-to-have");
        assertThat(chat.send("help").text()).contains("features that can wait");
        chat.send("skip");
        assertThat(chat.send("with love").text()).contains("couldn't tell which model", "subscription");
    }

    @Test
    void showPlanAndStartOverWork() {
        Chat chat = Chat.discovery();
        chat.sendAll("A habit tracker for remote workers", "Streaky");

        assertThat(chat.send("show plan").text()).contains("## Streaky", "A tagline for Streaky?");

        AssistantReply fresh = chat.send("start over");
        assertThat(fresh.businessPlan().name()).isNull();
        assertThat(fresh.text()).contains("What's your idea?");
    }

    @Test
    void theSameAnswersGiveTheSamePlanAndText() {
        AssistantReply first = Chat.discovery().sendAll(FULL_INTERVIEW);
        AssistantReply second = Chat.discovery().sendAll(FULL_INTERVIEW);

        assertThat(second.businessPlan()).isEqualTo(first.businessPlan());
        assertThat(second.text()).isEqualTo(first.text());
    }

    @Test
    void everyQuestionOffersItsWaysOnWhichAlsoWorkTyped() {
        Chat chat = Chat.discovery();
        AssistantReply name = chat.send("A habit tracker for remote workers");

        List<String> choices = dev.truecoding.assistant.ReplyChoices.in(name.text());
        assertThat(choices).startsWith(name.businessPlan() == null ? "" : NameSuggester.names("A habit tracker for remote workers").getFirst())
                .endsWith("skip", "back", "done");
        AssistantReply secondary = chat.sendAll("Streaky", "yes", "Routines fall apart", "remote workers");
        assertThat(dev.truecoding.assistant.ReplyChoices.in(secondary.text())).containsExactly("skip", "back", "done");
        assertThat(chat.send("back").text()).contains("Who is it for, first of all?");
        chat.send("remote workers");

        AssistantReply done = chat.send("done");
        assertThat(done.planReady()).isTrue();
        assertThat(done.text()).contains("filled in", "Here's your business plan");
        assertThat(done.businessPlan().coreFeatures()).isNotEmpty();
        assertThat(done.businessPlan().monetization().description()).contains("still to be decided");
    }

    @Test
    void repliesAreInThePersonsLanguageAndTheyCanSwitch() {
        Chat chat = Chat.discovery();
        AssistantReply name = chat.send("Um app para organizar as aulas e os alunos de uma professora particular");
        assertThat(name.text()).contains("Como vamos chamá-lo?", "`pular`", "`voltar`", "`pronto`");

        AssistantReply english = chat.send("in English, please");
        assertThat(english.text()).contains("English from now on", "What should we call it?");
        assertThat(chat.send("Aula Certa").text()).contains("A tagline for Aula Certa?");
        assertThat(chat.send("em português").text()).contains("Um slogan para Aula Certa?");
    }

    @Test
    void answersThatCannotBeReadTwiceAreKeptAndTheInterviewMovesOn() {
        Chat chat = Chat.discovery();
        chat.sendAll("A gear library for hikers", "TrailShare", "yes", "gear is expensive", "hikers", "skip", "cost",
                "gear listings", "skip");

        AssistantReply first = chat.send("we'll see");
        assertThat(first.text()).contains("couldn't tell which model");
        AssistantReply second = chat.send("the community decides");
        assertThat(second.text()).contains("kept it as you wrote it", "Who are the competitors?");
        assertThat(second.businessPlan().monetization().description()).isEqualTo("The community decides.");
    }

    @Test
    void badInputChangesNothingAndNeverBreaksTheInterview() {
        Chat chat = Chat.discovery();
        for (String bad : List.of("\u0000\u0000", "\uD800", "x".repeat(30_000), "\u0000An app\uD800 for \u0007tools")) {
            AssistantReply reply = chat.send(bad);
            assertThat(reply.text()).isNotBlank();
        }
        assertThat(chat.send("show plan").businessPlan().description()).doesNotContain("\u0000", "\u0007");
    }

    @Test
    void aListSpreadOverSeveralMessagesIsGathered() {
        Chat chat = Chat.discovery();
        chat.sendAll("A habit tracker for remote workers", "Streaky", "yes", "Routines fall apart", "remote workers", "skip",
                "no routine", "habits, daily check-in");

        AssistantReply more = chat.send("also streaks and reminders");
        assertThat(more.text()).contains("Added **Streaks**, **Reminders** to the must-have features", "Any nice-to-have");
        assertThat(more.businessPlan().coreFeatures()).extracting(f -> f.name())
                .containsExactly("Habits", "Daily check-in", "Streaks", "Reminders");
        assertThat(chat.send("e também metas semanais").businessPlan().coreFeatures()).hasSize(5);
    }

    @Test
    void anIdeaWithOneLabelledPartAnswersThatPartAndTheRestIsAsked() {
        AssistantReply reply = Chat.discovery().send("A recipe box for families. Features: search, favourites");

        assertThat(reply.text()).contains("I took the must-have features from your message", "What should we call it?");
        assertThat(reply.businessPlan().coreFeatures()).extracting(f -> f.name()).containsExactly("Search", "Favourites");
        assertThat(reply.businessPlan().description()).isEqualTo("A recipe box for families.");
        assertThat(reply.businessPlan().tagline()).as("nothing defaulted for a short idea").isNull();
    }

    @Test
    void sentencesThatOnlyLookLikeCorrectionsAreAnswers() {
        Chat chat = Chat.discovery();
        chat.sendAll("A habit tracker for remote workers", "Streaky", "yes");

        AssistantReply problem = chat.send("users are frustrated because routines fall apart");
        assertThat(problem.businessPlan().problemStatement()).isEqualTo("Users are frustrated because routines fall apart.");
        assertThat(problem.businessPlan().targetAudience()).isNull();
        AssistantReply audience = chat.send("the audience is remote workers");
        assertThat(audience.businessPlan().targetAudience().primary()).isEqualTo("Remote workers");
        assertThat(audience.text()).contains("Anyone else who would use it?");
    }
}
