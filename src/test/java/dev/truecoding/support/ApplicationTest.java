package dev.truecoding.support;

import dev.truecoding.system.DatabaseUrl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole application with MockMvc, on an in-memory H2 database shared by the cached test contexts, with
 * sessions in memory. Subclasses annotated
 * {@link RequiresPostgres} switch to a schema of their own on the real PostgreSQL with {@link #usePostgres}.
 * Each test signs up its own people, so tests never depend on each other's rows.
 */
@SpringBootTest(properties = {
        "truecoding.data-dir=target/test-data",
        // MockMvc hands sessions over as MockHttpSession objects, not cookies, which database sessions need: these
        // tests keep sessions in memory; tests on a real port (and SessionPersistenceTests) use the database.
        "truecoding.session-store=memory",
        "truecoding.database-url=jdbc:h2:mem:truecoding-tests" + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
public abstract class ApplicationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JsonMapper json;

    protected static void usePostgres(DynamicPropertyRegistry registry) {
        String schema = Postgres.newSchemaName();
        registry.add("truecoding.database-url", () -> Postgres.urlForSchema(schema));
        registry.add("spring.flyway.schemas", () -> schema);
    }

    /** Signs up a new person through the real sign-up form and returns a personal access token for the API. */
    protected ApiUser signUp() throws Exception {
        String email = "person-" + UUID.randomUUID() + "@example.com";
        var session = mvc.perform(post("/signup").with(csrf())
                        .param("name", "Test Person").param("email", email).param("password", "correct horse battery"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getRequest().getSession();
        var mockSession = (MockHttpSession) session;
        MvcResult created = mvc.perform(post("/api/tokens").session(mockSession).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(java.util.Map.of("name", "tests"))))
                .andExpect(status().isCreated())
                .andReturn();
        JsonNode body = json.readTree(created.getResponse().getContentAsString());
        return new ApiUser(email, body.get("token").asString(), mockSession);
    }

    /** The API as {@code user} calls it. */
    protected ApiClient api(ApiUser user) {
        return new MockMvcApiClient(mvc, json, user.bearer());
    }

    protected JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    public record ApiUser(String email, String token, MockHttpSession session) {
        public String bearer() {
            return "Bearer " + token;
        }
    }
}
