package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.Assistant;
import dev.truecoding.assistant.AssistantIdentity;
import dev.truecoding.assistant.AssistantPhase;
import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.assistant.AssistantRequest;
import dev.truecoding.assistant.Turn;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.DataModel;
import dev.truecoding.plan.TechnicalPlan.Entity;
import dev.truecoding.plan.TechnicalPlan.Field;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class GuidedAssistantTests {

    private static final List<String> NASTY = List.of(
            "", " ", "\n\n\n", "?", "🙂", "🚀🔥💯 emoji only 🎉", "<script>alert('x')</script>",
            "<img src=x onerror=alert(1)>", "'; DROP TABLE projects; --", "Robert'); DROP TABLE users;--",
            "{\"name\": null}", "entity", "entity {", "entity X {", "entity X { a: }", "relate", "env", "add field .:",
            "rename entity to", "change", "change the", "call it", "actually, call it", "go back go back",
            "\u0000\u0001\u0002", "\uD83D", "a".repeat(100_000), "word ".repeat(30_000), "1. 2. 3. 4.", "- - - -",
            ",,,,;;;;", "((((((((((", "[[[[[", "enum: a|b", "x: enum:", "ÄÖÜ ß 日本語のアプリ مرحبا", "null", "undefined",
            "%s %n %d", "${jndi:ldap://x}", "../../etc/passwd", "change features: ", "add feature:", "remove feature",
            "skip", "yes", "1", "9999999999999999999999", "-1", "entity A { b: enum: " + "x|".repeat(200) + "y }",
            // Long runs of one repeated piece: each would overflow the stack of a regex repeating a group without bound.
            "a-".repeat(10_000), "it's ".repeat(4_000) + "x'".repeat(8_000), "entity A { b: enum: " + "x|".repeat(9_000) + "y }",
            "entity A { b: enum: " + "in progress ".repeat(1_500) + "}", "entity " + "Big ".repeat(4_000) + "{ b: int }",
            "relate " + "a ".repeat(9_000) + "many-to-one B", "rename field " + "a ".repeat(9_000) + ". b to c",
            "ok ".repeat(6_000) + "call it Bikes", "Bikedesk (" + "a.".repeat(9_000) + "com)", "a.".repeat(10_000));

    private final GuidedAssistant assistant = new GuidedAssistant();

    @Test
    void identifiesItselfAsTheGuidedAssistant() {
        assertThat(assistant.identity()).isEqualTo(new AssistantIdentity("Guided assistant", "guided"));
    }

    @Test
    void isExposedAsTheGuidedAssistantBean() {
        Assistant bean = new GuidedAssistantConfiguration().guidedAssistant();

        assertThat(bean).isInstanceOf(GuidedAssistant.class);
        assertThat(bean.identity().model()).isEqualTo("guided");
    }

    @Test
    void streamsTheReplyWordByWordAndCountsNoTokensAsItRunsNoModel() {
        List<String> chunks = new ArrayList<>();
        AssistantReply reply = assistant.reply(new AssistantRequest(AssistantPhase.DISCOVERY,
                List.of(new Turn(Turn.Role.USER, "hello there"), new Turn(Turn.Role.ASSISTANT, "Hi! What's your idea?")),
                "A tool library for neighbours", null, null), chunks::add);

        assertThat(chunks.size()).isGreaterThan(10);
        assertThat(String.join("", chunks)).isEqualTo(reply.text());
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.strip()).doesNotContain(" "));
        assertThat(reply.usage()).isEqualTo(new AssistantReply.Usage(0, 0));
    }

    @Test
    void neverThrowsWhateverIsTyped() {
        Random random = new Random(42);
        List<String> inputs = new ArrayList<>(NASTY);
        for (int i = 0; i < 100; i++) {
            inputs.add(randomText(random));
        }
        TechnicalPlan saved = PlanningTests.derivedRecipePlan();
        var businessPlan = DiscoveryInterviewTests.fullPlan();
        for (AssistantPhase phase : AssistantPhase.values()) {
            List<Turn> history = new ArrayList<>();
            for (String input : inputs) {
                AssistantRequest request = new AssistantRequest(phase, history, input,
                        businessPlan, phase == AssistantPhase.ITERATION ? saved : null);
                AssistantReply reply = assistant.reply(request, chunk -> { });
                assertThat(reply.text()).as(phase + ": " + FreeText.cap(input, 40)).isNotBlank();
                if (reply.technicalPlan() != null) {
                    PlanConsistency.assertConsistent(reply.technicalPlan());
                }
                if (history.size() < 20) {
                    history.add(new Turn(Turn.Role.USER, input));
                    history.add(new Turn(Turn.Role.ASSISTANT, reply.text()));
                }
            }
        }
    }

    @Test
    void neverThrowsOnABrokenSavedPlan() {
        TechnicalPlan broken = new TechnicalPlan(null, null, new DataModel(
                java.util.Arrays.asList(new Entity("Thing", null, java.util.Arrays.asList(
                        new Field(null, null, false, null, null, null), new Field("title", "string", true, null, null, null))),
                        null, new Entity(null, null, null)),
                java.util.Arrays.asList((TechnicalPlan.Relationship) null)), null, null, null, null, null, null);
        for (String message : List.of("show plan", "add field Thing.size: int", "remove entity Thing", "help", "hi")) {
            AssistantReply reply = assistant.reply(new AssistantRequest(AssistantPhase.ITERATION, List.of(), message,
                    null, broken), chunk -> { });
            assertThat(reply.text()).isNotBlank();
        }
        AssistantReply edited = assistant.reply(new AssistantRequest(AssistantPhase.ITERATION,
                List.of(new Turn(Turn.Role.USER, "hi")), "add field Thing.size: int", null, broken), chunk -> { });
        PlanConsistency.assertConsistent(edited.technicalPlan());
    }

    @Test
    void aHugeMessageIsAnsweredQuickly() {
        long start = System.nanoTime();
        AssistantReply reply = Chat.discovery().sendAll("A habit tracker", "1", "yes", "Habits slip", "workers", "skip",
                "x, ".repeat(50_000));
        assertThat(reply.text()).isNotBlank();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void theSameConversationGivesTheSameRepliesInEveryPhase() {
        String[] planning = {"go", "entity Cookbook { name: string required }", "relate Recipe many-to-one Cookbook"};
        AssistantReply first = Chat.planning(DiscoveryInterviewTests.fullPlan()).sendAll(planning);
        AssistantReply second = Chat.planning(DiscoveryInterviewTests.fullPlan()).sendAll(planning);

        assertThat(second.text()).isEqualTo(first.text());
        assertThat(second.technicalPlan()).isEqualTo(first.technicalPlan());
    }

    private static String randomText(Random random) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789.,;:-*•\n{}()[]|\"'<>/\\&%$#@!?🙂日本é";
        String[] words = {"entity", "relate", "add field", "remove", "rename", "env", "change", "features", "call it",
                "go back", "skip", "many-to-one", "Recipe", "Recipe.title", "to", "string", "enum: a|b", "{", "}"};
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(80);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(4) == 0) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            } else {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
        }
        return text.toString();
    }
}
