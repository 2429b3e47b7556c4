package dev.truecoding.support;

import dev.truecoding.deploy.DeployRequest;
import dev.truecoding.generation.GenerationRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The API as one signed-in person calls it (their personal access token): through the application's MockMvc
 * ({@link ApplicationTest#api}) or over HTTP on a real port ({@link HttpApiClient}). Request bodies are objects
 * (records, maps) written as JSON, or JSON text as it is; answers are read as JSON.
 */
public abstract class ApiClient {

    /** A status and a body, whichever way the request went. */
    public record Answer(int status, String body) {
    }

    protected final JsonMapper json;

    protected ApiClient(JsonMapper json) {
        this.json = json;
    }

    /** The request as this person, {@code body} (or none) as JSON; the answer is the caller's to check. */
    public abstract Answer send(String method, String path, Object body) throws Exception;

    /** A request with {@code Accept: text/event-stream}, read to the stream's end. */
    public abstract List<SseEvent> stream(String method, String path, Object body) throws Exception;

    /** GET, expecting 200, as JSON. */
    public JsonNode get(String path) throws Exception {
        return expect("GET", path, null, 200);
    }

    /** POST, expecting a 2xx answer, as JSON (an empty body as an empty object). */
    public JsonNode post(String path, Object body) throws Exception {
        return expect("POST", path, body, 0);
    }

    /** PUT, expecting a 2xx answer, as JSON. */
    public JsonNode put(String path, Object body) throws Exception {
        return expect("PUT", path, body, 0);
    }

    /** A new project of this person's, by name; its id. */
    public String createProject(String name) throws Exception {
        return expect("POST", "/api/projects", Map.of("name", name), 201).get("id").asString();
    }

    /** A new project whose technical plan (JSON text) is put and approved: in Connecting, ready to generate. */
    public String approvedProject(String name, String technicalPlan) throws Exception {
        String project = createProject(name);
        put("/api/projects/" + project + "/technical-plan", technicalPlan);
        String status = post("/api/projects/" + project + "/technical-plan/approve", null).get("status").asString();
        if (!status.equals("CONNECTING")) {
            throw new AssertionError("an approved plan left the project in " + status + ", not CONNECTING");
        }
        return project;
    }

    /**
     * A project whose plan ({@code technicalPlan}, JSON text) is generated and deployed on the built-in deployer:
     * LIVE, its app serving; its id.
     */
    public String liveProject(String name, String technicalPlan) throws Exception {
        String project = approvedProject(name, technicalPlan);
        String run = post("/api/generate", new GenerationRequest(project, null)).get("id").asString();
        JsonNode generated = awaitEnd("/api/generations/" + run, List.of("RUNNING"), Duration.ofMinutes(10));
        if (!generated.get("status").asString().equals("SUCCEEDED")) {
            throw new AssertionError("the generation ended " + generated.get("status") + ": " + generated.path("errorMessage"));
        }
        String deployment = post("/api/deploy", new DeployRequest(project, null, null)).get("id").asString();
        JsonNode deployed = awaitEnd("/api/deployments/" + deployment, List.of("QUEUED", "BUILDING"), Duration.ofMinutes(5));
        if (!deployed.get("status").asString().equals("READY")) {
            throw new AssertionError("the deployment ended " + deployed.get("status") + ": " + deployed.path("errorMessage"));
        }
        return project;
    }

    /** The change an iteration chat message on a live project proposes; its id. */
    public String proposedChange(String project, String message) throws Exception {
        List<SseEvent> events = stream("POST", "/api/chat", Map.of("projectId", project, "phase", "iteration",
                "message", message));
        return events.stream().filter(event -> event.name().equals("plan_ready")).findFirst()
                .orElseThrow(() -> new AssertionError("no plan_ready for '" + message + "': " + events))
                .data().get("changeId").asString();
    }

    /** A generation run once it stopped running. */
    public JsonNode awaitGeneration(String runId) throws Exception {
        return awaitEnd("/api/generations/" + runId, List.of("RUNNING"), Duration.ofMinutes(2));
    }

    /** A deployment once it is no longer queued or building. */
    public JsonNode awaitDeployment(String deploymentId) throws Exception {
        return awaitEnd("/api/deployments/" + deploymentId, List.of("QUEUED", "BUILDING"), Duration.ofMinutes(2));
    }

    /** The resource at {@code path} once its {@code status} is none of {@code active}. */
    public JsonNode awaitEnd(String path, List<String> active, Duration timeout) throws Exception {
        return Await.until(path + " to end", timeout, () -> get(path), node -> !active.contains(node.get("status").asString()));
    }

    /** JSON text goes as it is; anything else is written as JSON. */
    protected String text(Object body) {
        return body == null ? null : body instanceof String text ? text : json.writeValueAsString(body);
    }

    private JsonNode expect(String method, String path, Object body, int status) throws Exception {
        Answer answer = send(method, path, body);
        boolean ok = status == 0 ? answer.status() / 100 == 2 : answer.status() == status;
        if (!ok) {
            throw new AssertionError(method + " " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body().isEmpty() ? json.createObjectNode() : json.readTree(answer.body());
    }
}
