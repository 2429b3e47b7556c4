package dev.truecoding.conversation;

import dev.truecoding.assistant.Assistant;
import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.support.CookieClient;
import dev.truecoding.support.ScriptedAssistant;
import dev.truecoding.system.DatabaseUrl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The chat stream over a real socket, as a script with a token reads it: events arrive as they are sent. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "truecoding.data-dir=target/test-data",
        "truecoding.database-url=jdbc:h2:mem:truecoding-stream-tests" + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1"})
class ChatStreamTests {

    @LocalServerPort
    int port;

    @TestBean(name = "assistant", methodName = "dev.truecoding.support.ScriptedAssistant#create")
    Assistant scripted;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void eventsReachTheClientWhileTheReplyIsStillBeingWritten() throws Exception {
        String token = new CookieClient().signUpAndCreateToken(base(), "stream-" + UUID.randomUUID() + "@example.com");
        String project = createProject(token);
        var firstChunkSeen = new CountDownLatch(1);
        ((ScriptedAssistant) scripted).next((request, sink) -> {
            sink.text("First part. ");
            try {
                // The rest is written only once the client has the first chunk: it must be streamed, not buffered.
                assertThat(firstChunkSeen.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sink.text("Second part.");
            return new AssistantReply("First part. Second part.", null, null, false, null);
        });

        HttpResponse<java.util.stream.Stream<String>> response = http.send(chat(token, project, "Hello"), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> events = new java.util.ArrayList<>();
        response.body().forEach(line -> {
            if (line.startsWith("event:")) {
                events.add(line.substring(6).strip());
            }
            if (line.contains("First part.")) {
                firstChunkSeen.countDown();
            }
        });
        assertThat(events).containsExactly("text", "text", "done");
    }

    @Test
    void anAssistantThatFailsAtOnceStillAnswersWithAnErrorEvent() throws Exception {
        String token = new CookieClient().signUpAndCreateToken(base(), "fail-" + UUID.randomUUID() + "@example.com");
        String project = createProject(token);
        ((ScriptedAssistant) scripted).next((request, sink) -> {
            throw new ExceptionInInitializerError("a bug in an assistant");
        });

        HttpResponse<String> response = http.send(chat(token, project, "Hello"), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("event:error").contains("Your message is saved");
    }

    private HttpRequest chat(String token, String project, String message) {
        return HttpRequest.newBuilder(URI.create(base() + "/api/chat"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"projectId\":\"" + project + "\",\"phase\":\"discovery\",\"message\":\"" + message + "\"}"))
                .build();
    }

    private String createProject(String token) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/projects"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Streaming\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var matcher = java.util.regex.Pattern.compile("\"id\":\"([a-z0-9]+)\"").matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
