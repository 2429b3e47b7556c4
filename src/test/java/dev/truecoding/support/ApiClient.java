package dev.truecoding.support;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API as one signed-in person calls it (their personal access token), over the application's MockMvc.
 * Request bodies are objects (records, maps), written as JSON; answers are read as JSON.
 */
public final class ApiClient {

    private final MockMvc mvc;
    private final JsonMapper json;
    private final ApplicationTest.ApiUser user;

    ApiClient(MockMvc mvc, JsonMapper json, ApplicationTest.ApiUser user) {
        this.mvc = mvc;
        this.json = json;
        this.user = user;
    }

    /** A request as this person, with {@code body} (or none) as JSON; the answer is the caller's to check. */
    public ResultActions call(HttpMethod method, String path, Object body) throws Exception {
        MockHttpServletRequestBuilder request = request(method, path).header("Authorization", user.bearer())
                .accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body instanceof String text ? text : json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    /** GET, expecting 200, as JSON. */
    public JsonNode get(String path) throws Exception {
        return read(call(HttpMethod.GET, path, null).andExpect(status().isOk()));
    }

    /** POST, expecting a 2xx answer, as JSON (an empty body as an empty object). */
    public JsonNode post(String path, Object body) throws Exception {
        return read(call(HttpMethod.POST, path, body).andExpect(status().is2xxSuccessful()));
    }

    /** PUT, expecting a 2xx answer, as JSON. */
    public JsonNode put(String path, Object body) throws Exception {
        return read(call(HttpMethod.PUT, path, body).andExpect(status().is2xxSuccessful()));
    }

    /** A new project of this person's, by name; its id. */
    public String createProject(String name) throws Exception {
        return read(call(HttpMethod.POST, "/api/projects", Map.of("name", name)).andExpect(status().isCreated()))
                .get("id").asString();
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

    /** A generation run once it stopped running (two minutes at most). */
    public JsonNode awaitGeneration(String runId) throws Exception {
        return awaitEnd("/api/generations/" + runId, List.of("RUNNING"));
    }

    /** A deployment once it stopped being queued or building (two minutes at most). */
    public JsonNode awaitDeployment(String deploymentId) throws Exception {
        return awaitEnd("/api/deployments/" + deploymentId, List.of("QUEUED", "BUILDING"));
    }

    /** The resource at {@code path} once its {@code status} is none of {@code active}. */
    public JsonNode awaitEnd(String path, List<String> active) throws Exception {
        return Await.until(path + " to end", Duration.ofMinutes(2), () -> get(path),
                node -> !active.contains(node.get("status").asString()));
    }

    private JsonNode read(ResultActions result) throws Exception {
        String body = result.andReturn().getResponse().getContentAsString();
        return body.isEmpty() ? json.createObjectNode() : json.readTree(body);
    }
}
