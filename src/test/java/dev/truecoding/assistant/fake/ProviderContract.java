package dev.truecoding.assistant.fake;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.truecoding.assistant.Assistant;
import dev.truecoding.assistant.AssistantPhase;
import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.assistant.AssistantRequest;
import dev.truecoding.assistant.AssistantUnavailableException;
import dev.truecoding.assistant.CodeModel;
import dev.truecoding.assistant.Turn;
import dev.truecoding.assistant.fake.FakeLlmServer.Reply;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.InvalidPlanException;
import dev.truecoding.plan.PlanValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every model provider must do, run against a fake server speaking that provider's wire format. Each
 * provider's test class supplies the wire format and builds its assistant the way the application does.
 */
public abstract class ProviderContract {

    protected static final String API_KEY = "sk-test-SECRET-KEY-4711";
    protected static final PlanValidator VALIDATOR = new PlanValidator();

    protected FakeLlmServer server;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    protected abstract String path();

    /** The provider's assistant, configured as the application would, pointed at {@code baseUrl}. */
    protected abstract Assistant assistant(String baseUrl);

    /** The provider's code model, on the same client as its assistant. */
    protected abstract CodeModel codeModel(String baseUrl);

    protected abstract Reply stream(String... chunks);

    protected abstract Reply rateLimited(String retryAfter);

    /** 529, 503 or the provider's equivalent of "try again later". */
    protected abstract Reply overloaded();

    /** A 200 stream that sends these chunks and then reports an error in the stream. */
    protected abstract Reply errorAfter(String... chunks);

    protected abstract Reply refusedKey();

    /** The usage {@link #stream} reports. */
    protected abstract AssistantReply.Usage reportedUsage();

    protected abstract String urlVariable();

    @BeforeEach
    void startServer() {
        server = new FakeLlmServer(path());
        logs.start();
        rootLogger().addAppender(logs);
    }

    @AfterEach
    void stopServerAndCheckLogsForTheKey() {
        rootLogger().detachAppender(logs);
        server.close();
        assertThat(logs.list).allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain(API_KEY);
            if (event.getThrowableProxy() != null) {
                assertThat(String.valueOf(event.getThrowableProxy().getMessage())).doesNotContain(API_KEY);
            }
        });
    }

    @Test
    void streamsChunksInOrderAndRecordsUsage() {
        server.enqueue(stream("Hello", ", what shall", " we call your app?"));
        var sink = new RecordingSink();

        AssistantReply reply = assistant(server.baseUrl()).reply(discovery("Call it Cookbook"), sink);

        assertThat(sink.chunks).containsExactly("Hello", ", what shall", " we call your app?");
        assertThat(reply.text()).isEqualTo(String.join("", sink.chunks));
        assertThat(reply.planReady()).isFalse();
        assertThat(reply.technicalPlan()).isNull();
        assertThat(reply.usage()).isEqualTo(reportedUsage());
    }

    @Test
    void sendsThePhasePromptTheHistoryAndTheMessage() {
        server.enqueue(stream("Noted."));

        assistant(server.baseUrl()).reply(discovery("Call it Cookbook"), new RecordingSink());

        assertThat(server.requests()).singleElement().asString()
                .contains("discovery guide", "Ask exactly ONE question", "I want an app for my recipes",
                        "What should it be called?", "Call it Cookbook");
    }

    @Test
    void retriesAfterRateLimitHonouringRetryAfter() {
        server.enqueue(rateLimited("0.3"), stream("Back again."));
        long start = System.nanoTime();

        AssistantReply reply = assistant(server.baseUrl()).reply(discovery("Hi"), new RecordingSink());

        assertThat(reply.text()).isEqualTo("Back again.");
        assertThat(server.requests()).hasSize(2);
        // The test's own backoff is a millisecond: only the provider's retry-after explains this wait.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void retriesWhenOverloadedBeforeTheFirstToken() {
        server.enqueue(overloaded(), overloaded(), stream("Third time lucky."));

        AssistantReply reply = assistant(server.baseUrl()).reply(discovery("Hi"), new RecordingSink());

        assertThat(reply.text()).isEqualTo("Third time lucky.");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void givesUpAfterThreeAttempts() {
        server.enqueue(overloaded(), overloaded(), overloaded(), stream("never sent"));

        assertThatThrownBy(() -> assistant(server.baseUrl()).reply(discovery("Hi"), new RecordingSink()))
                .isInstanceOf(AssistantUnavailableException.class)
                .hasMessageContaining(assistant(server.baseUrl()).identity().provider())
                .hasMessageContaining("after 3 attempts");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void errorAfterTheFirstTokenEndsTheReplyWithoutRetry() {
        server.enqueue(errorAfter("The first half", " of a reply"), stream("must not be requested"));
        var sink = new RecordingSink();

        assertThatThrownBy(() -> assistant(server.baseUrl()).reply(discovery("Hi"), sink))
                .isInstanceOf(AssistantUnavailableException.class)
                .hasMessageContaining("stopped before it was complete");
        assertThat(String.join("", sink.chunks)).isEqualTo("The first half of a reply");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aSlowStreamReachesTheSinkBeforeItEnds() {
        server.enqueue(stream("one", " two", " three", " four", " five").slow(Duration.ofMillis(80)));
        var sink = new RecordingSink();

        assistant(server.baseUrl()).reply(discovery("Hi"), sink);
        long end = System.nanoTime();

        assertThat(sink.chunks).containsExactly("one", " two", " three", " four", " five");
        assertThat(Duration.ofNanos(end - sink.firstChunkAt)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void anUnreachableProviderGetsAClearMessage() {
        String closed = "http://127.0.0.1:" + freePort();

        assertThatThrownBy(() -> assistant(closed).reply(discovery("Hi"), new RecordingSink()))
                .isInstanceOf(AssistantUnavailableException.class)
                .hasMessageContaining("could not be reached at " + closed)
                .hasMessageContaining(urlVariable())
                .message().doesNotContain(API_KEY);
    }

    @Test
    void aRefusedKeyIsNamedButNeverShown() {
        server.enqueue(refusedKey());

        assertThatThrownBy(() -> assistant(server.baseUrl()).reply(discovery("Hi"), new RecordingSink()))
                .isInstanceOf(AssistantUnavailableException.class)
                .hasMessageContaining("refused the request (HTTP 401)")
                .message().doesNotContain(API_KEY);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aValidPlanArrivesWithTheMarker() {
        String plan = resource("plans/full-business-plan.json");
        server.enqueue(stream("That is everything I need.", "\n\n[[PLAN_", "READY]]\n"), stream(pieces(plan)));
        var sink = new RecordingSink();

        AssistantReply reply = assistant(server.baseUrl()).reply(discovery("No competitors"), sink);

        assertThat(reply.planReady()).isTrue();
        assertThat(reply.businessPlan()).isEqualTo(VALIDATOR.parse(BusinessPlan.class, plan));
        assertThat(reply.text()).isEqualTo("That is everything I need.").isEqualTo(String.join("", sink.chunks));
        assertThat(reply.usage().inputTokens()).isEqualTo(2 * reportedUsage().inputTokens());
        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().get(1)).contains("JSON Schema", "coreFeatures", "Write the complete Business Plan");
    }

    @Test
    void malformedPlanJsonIsRepaired() {
        String plan = resource("plans/full-business-plan.json");
        server.enqueue(stream("Here it comes.\n[[PLAN_READY]]"),
                stream("Sure! Here is the plan:\n```json\n{\"name\": \"Cookbook\", \"tagline\": \n```"),
                stream("```json\n" + plan + "\n```"));

        AssistantReply reply = assistant(server.baseUrl()).reply(discovery("Done"), new RecordingSink());

        assertThat(reply.planReady()).isTrue();
        assertThat(reply.businessPlan().name()).isEqualTo(VALIDATOR.parse(BusinessPlan.class, plan).name());
        assertThat(server.requests()).hasSize(3);
        assertThat(server.requests().get(2)).contains("not valid JSON");
    }

    @Test
    void aPlanStillInvalidAfterTwoRepairsFailsWithItsViolations() {
        String invalid = "{\"name\": \"Cookbook\"}";
        server.enqueue(stream("Done.\n[[PLAN_READY]]"), stream(invalid), stream(invalid), stream(invalid), stream(invalid));

        assertThatThrownBy(() -> assistant(server.baseUrl()).reply(discovery("Done"), new RecordingSink()))
                .isInstanceOfSatisfying(InvalidPlanException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path() + " " + v.message())
                        .anySatisfy(v -> assertThat(v).contains("tagline")));
        assertThat(server.requests()).hasSize(4);
        assertThat(server.requests().get(3)).contains("is not valid", "tagline");
    }

    @Test
    void theCodeModelAnswersWithTheWholeText() {
        server.enqueue(stream("{\"files\": ", "[], \"implemented\"", ": []}"));

        CodeModel.Answer answer = codeModel(server.baseUrl()).complete("You write code.", "Write the About page.");

        assertThat(answer.text()).isEqualTo("{\"files\": [], \"implemented\": []}");
        assertThat(answer.usage()).as("the tokens the provider's stream reported").isEqualTo(reportedUsage());
        assertThat(server.requests()).singleElement().asString().contains("You write code.", "Write the About page.");
        assertThat(codeModel(server.baseUrl()).identity()).isEqualTo(assistant(server.baseUrl()).identity());
    }

    @Test
    void theCodeModelRetriesLikeTheChat() {
        server.enqueue(rateLimited("0"), overloaded(), stream("{}"));

        CodeModel.Answer answer = codeModel(server.baseUrl()).complete("system", "user");

        assertThat(answer.text()).isEqualTo("{}");
        assertThat(answer.usage()).as("the error responses carry no usage and add nothing").isEqualTo(reportedUsage());
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void theCodeModelGivesUpWithAClearMessage() {
        server.enqueue(overloaded(), overloaded(), overloaded());

        assertThatThrownBy(() -> codeModel(server.baseUrl()).complete("system", "user"))
                .isInstanceOf(AssistantUnavailableException.class)
                .hasMessageContaining(codeModel(server.baseUrl()).identity().provider())
                .hasMessageContaining("after 3 attempts")
                .message().doesNotContain(API_KEY);
    }

    protected static AssistantRequest discovery(String message) {
        return new AssistantRequest(AssistantPhase.DISCOVERY,
                List.of(new Turn(Turn.Role.USER, "I want an app for my recipes"),
                        new Turn(Turn.Role.ASSISTANT, "Lovely! What should it be called?")),
                message, null, null);
    }

    protected static String resource(String name) {
        try (var in = ProviderContract.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a text into a few stream chunks, as a model would send it. */
    protected static String[] pieces(String text) {
        int size = Math.max(1, text.length() / 5);
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < text.length(); i += size) {
            pieces.add(text.substring(i, Math.min(text.length(), i + size)));
        }
        return pieces.toArray(String[]::new);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Logger rootLogger() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    protected static final class RecordingSink implements dev.truecoding.assistant.TextSink {
        public RecordingSink() {
        }

        public final List<String> chunks = Collections.synchronizedList(new ArrayList<>());
        volatile long firstChunkAt;

        @Override
        public void text(String chunk) {
            if (chunks.isEmpty()) {
                firstChunkAt = System.nanoTime();
            }
            chunks.add(chunk);
        }
    }
}
