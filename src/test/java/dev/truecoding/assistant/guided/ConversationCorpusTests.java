package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.BusinessPlan.Feature;
import dev.truecoding.plan.BusinessPlan.Priority;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.Entity;
import dev.truecoding.plan.TextLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static dev.truecoding.assistant.guided.PlanConsistency.assertConsistent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conversations written the way people write (src/test/resources/assistant/guided/conversations): terse or one long
 * message, English and Portuguese, lists in every shape, late corrections. Each file holds the person's messages and
 * what the plan they reach must say; the last message must end with the plan ready, in the person's language.
 */
class ConversationCorpusTests {

    private static final String FOLDER = "assistant/guided/conversations";

    /**
     * @param iteration after the plan is live: requests in the iteration chat, each with what the proposal then holds
     *                  ({@code entities}, {@code fields}, {@code noFields}, {@code renames} as "Old→New" or
     *                  "Entity.old→new", {@code features}: the BusinessPlan features the change adds, as should-haves;
     *                  {@code language} when the request is in another language than the interview); empty when
     *                  the conversation has none
     * @param planning  messages in the planning chat after the first proposal, each with words its reply must hold
     *                  ({@code replyHas}) and must not ({@code replyHasNot}), and {@code fields} the plan then has
     */
    record Conversation(String file, String language, List<String> messages, Map<String, Object> expect,
                        List<Map<String, Object>> iteration, List<Map<String, Object>> planning) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Conversation> conversations() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(ConversationCorpusTests::read).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCorpusHoldsEnoughConversationsInBothLanguages() {
        List<Conversation> all = conversations().toList();
        assertThat(all.stream().filter(c -> !c.iteration().isEmpty())).hasSizeGreaterThanOrEqualTo(6);
        assertThat(all.stream().filter(c -> !c.iteration().isEmpty() && c.language().equals("pt"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(all).hasSizeGreaterThanOrEqualTo(34);
        assertThat(all.stream().filter(c -> c.language().equals("pt"))).hasSizeGreaterThanOrEqualTo(17);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversations")
    void theConversationReachesThePlanThePersonDescribed(Conversation conversation) {
        AssistantReply last = Chat.discovery().sendAll(conversation.messages().toArray(String[]::new));
        Map<String, Object> expect = conversation.expect();
        BusinessPlan plan = last.businessPlan();

        assertThat(last.planReady()).as("plan ready after the last message; reply: %s", last.text()).isTrue();
        assertThat(last.text()).contains(conversation.language().equals("pt")
                ? "Aqui está o seu plano de negócio" : "Here's your business plan");
        if (expect.containsKey("name")) {
            assertThat(plan.name()).isEqualTo(expect.get("name"));
        }
        List<Feature> features = Stream.concat(plan.coreFeatures().stream(), plan.niceToHaveFeatures().stream()).toList();
        assertThat(names(features, Priority.MUST_HAVE)).as("must-haves").isEqualTo(list(expect, "must"));
        assertThat(names(features, Priority.SHOULD_HAVE)).as("should-haves").isEqualTo(list(expect, "should"));
        assertThat(names(features, Priority.NICE_TO_HAVE)).as("nice-to-haves").isEqualTo(list(expect, "nice"));
        assertThat(plan.niceToHaveFeatures()).allMatch(f -> f.priority() == Priority.NICE_TO_HAVE);
        assertThat(features).allMatch(f -> f.description() != null && !f.description().isBlank());
        assertThat(plan.monetization().model().name()).isEqualTo(expect.get("monetization"));
        if (expect.containsKey("pricing")) {
            assertThat(plan.monetization().pricing()).contains((String) expect.get("pricing"));
        }
        if (expect.containsKey("monetizationDescription")) {
            assertThat(plan.monetization().description().toLowerCase(Locale.ROOT))
                    .contains((String) expect.get("monetizationDescription"));
        }
        assertThat(plan.targetAudience().primary().toLowerCase(Locale.ROOT)).contains((String) expect.get("primary"));
        if ("none".equals(expect.get("secondary"))) {
            assertThat(plan.targetAudience().secondary()).isNull();
        } else {
            assertThat(plan.targetAudience().secondary()).isNotNull();
            assertThat(plan.targetAudience().secondary().toLowerCase(Locale.ROOT)).contains((String) expect.get("secondary"));
        }
        assertThat(plan.competitors() == null ? 0 : plan.competitors().size()).as("competitors")
                .isEqualTo(expect.get("competitors"));
        assertThat(plan.successMetrics()).isNotEmpty();
        list(expect, "problem").forEach(part -> assertThat(plan.problemStatement()).as("problem").contains(part));
        // a drafted problem says what goes wrong, never the first message said back
        assertThat(plan.problemStatement()).as("problem").doesNotContain(FreeText.cap(conversation.messages().getFirst(), 40));

        Chat planning = Chat.planning(plan);
        TechnicalPlan technical = planning.send(conversation.language().equals("pt") ? "vamos" : "go").technicalPlan();
        assertConsistent(technical);
        // the derived text (architecture, endpoints, pages) is in the person's language too
        String derived = String.join(" ", technical.architecture().description(),
                technical.apiEndpoints().getFirst().description(), technical.pages().getFirst().description(),
                technical.stack().getFirst().justification());
        assertThat(TextLanguage.portugueseScore(derived) > 0).as("derived text in Portuguese: %s", derived)
                .isEqualTo(conversation.language().equals("pt"));
        assertThat(technical.dataModel().entities()).extracting(Entity::name)
                .containsExactlyInAnyOrderElementsOf(list(expect, "entities"));
        fields(expect).forEach((entity, names) -> assertThat(technical.dataModel().entities().stream()
                .filter(e -> e.name().equals(entity)).findFirst().orElseThrow().fields())
                .extracting(TechnicalPlan.Field::name).as("fields of %s", entity).containsAll(names));
        assertThat(technical.dataModel().relationships()).extracting(r -> r.from() + " has many " + r.to())
                .containsAll(list(expect, "relations"));
        plan(conversation, planning);
        iterate(conversation, plan, technical);
    }

    /** Planning after the first proposal: what the replies say and what the plan then holds. */
    private static void plan(Conversation conversation, Chat chat) {
        TechnicalPlan plan = null;
        for (Map<String, Object> step : conversation.planning()) {
            String message = (String) step.get("say");
            AssistantReply reply = chat.send(message);
            plan = reply.technicalPlan() != null ? reply.technicalPlan() : plan;
            list(step, "replyHas").forEach(words -> assertThat(reply.text()).as(message).contains(words));
            list(step, "replyHasNot").forEach(words -> assertThat(reply.text()).as(message).doesNotContain(words));
            TechnicalPlan now = plan;
            fields(step).forEach((entity, names) -> assertThat(fieldNames(now, entity)).as(message).containsAll(names));
        }
    }

    /** The live app changed by chat: the live plan stays the start, every request so far makes the proposal. */
    private static void iterate(Conversation conversation, BusinessPlan business, TechnicalPlan live) {
        Chat chat = Chat.iteration(business, live);
        for (Map<String, Object> step : conversation.iteration()) {
            String request = (String) step.get("say");
            AssistantReply reply = chat.send(request);
            assertThat(reply.planReady()).as("%s: %s → %s", conversation.file(), request, reply.text()).isTrue();
            String language = (String) step.getOrDefault("language", conversation.language());
            assertThat(reply.text()).as(request).contains(language.equals("pt")
                    ? "Aplique a mudança na página" : "Apply the change on the page");
            TechnicalPlan proposal = reply.technicalPlan();
            assertConsistent(proposal);
            if (step.containsKey("entities")) {
                assertThat(proposal.dataModel().entities()).extracting(Entity::name).as(request)
                        .containsExactlyInAnyOrderElementsOf(list(step, "entities"));
            }
            fields(step).forEach((entity, names) -> assertThat(fieldNames(proposal, entity)).as(request).containsAll(names));
            Map<String, List<String>> gone = map(step, "noFields");
            gone.forEach((entity, names) -> assertThat(fieldNames(proposal, entity)).as(request).doesNotContainAnyElementsOf(names));
            List<String> renames = new java.util.ArrayList<>();
            reply.renames().entities().forEach(r -> renames.add(r.from() + "→" + r.to()));
            reply.renames().fields().forEach(r -> renames.add(r.entity() + "." + r.from() + "→" + r.to()));
            assertThat(renames).as("renames after %s → %s", request, reply.text()).containsExactlyInAnyOrderElementsOf(list(step, "renames"));
            // a new entity adds its feature to the business plan, as a should-have, and the reply says so
            List<String> added = list(step, "features");
            if (added.isEmpty()) {
                assertThat(reply.businessPlan()).as("business plan after %s", request).isNull();
            } else {
                assertThat(reply.businessPlan()).as("business plan after %s → %s", request, reply.text()).isNotNull();
                assertThat(reply.businessPlan().coreFeatures().subList(business.coreFeatures().size(),
                        reply.businessPlan().coreFeatures().size())).extracting(Feature::name).as(request)
                        .containsExactlyElementsOf(added);
                assertThat(reply.businessPlan().coreFeatures()).filteredOn(f -> added.contains(f.name()))
                        .allMatch(f -> f.priority() == Priority.SHOULD_HAVE && !f.description().isBlank());
                added.forEach(name -> assertThat(reply.text()).contains("*" + name + "*"));
            }
        }
    }

    private static List<String> fieldNames(TechnicalPlan plan, String entity) {
        return plan.dataModel().entities().stream().filter(e -> e.name().equals(entity)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + entity + " in the proposal")).fields().stream()
                .map(TechnicalPlan.Field::name).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> map(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return value == null ? Map.of() : (Map<String, List<String>>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> fields(Map<String, Object> expect) {
        Object value = expect.get("fields");
        return value == null ? Map.of() : (Map<String, List<String>>) value;
    }

    private static List<String> names(List<Feature> features, Priority priority) {
        return features.stream().filter(f -> f.priority() == priority).map(Feature::name).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> expect, String key) {
        Object value = expect.get(key);
        return value == null ? List.of() : (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    private static Conversation read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new Conversation(file.getFileName().toString(), (String) yaml.get("language"),
                    (List<String>) yaml.get("messages"), (Map<String, Object>) yaml.get("expect"),
                    yaml.get("iteration") == null ? List.of() : (List<Map<String, Object>>) yaml.get("iteration"),
                    yaml.get("planning") == null ? List.of() : (List<Map<String, Object>>) yaml.get("planning"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder() {
        try {
            return Path.of(ConversationCorpusTests.class.getClassLoader().getResource(FOLDER).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
