package dev.truecoding.project;

import dev.truecoding.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/projects} with a personal access token, on the embedded database (and on PostgreSQL in a subclass). */
class ProjectApiTests extends ApplicationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsListsRenamesAndDeletesAProject() throws Exception {
        ApiUser ada = signUp();
        var created = body(mvc.perform(post("/api/projects").header("Authorization", ada.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"  Recipe   box \"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/projects/")))
                .andExpect(jsonPath("$.name").value("Recipe box"))
                .andExpect(jsonPath("$.status").value("IDEATION"))
                .andReturn());
        String id = created.get("id").asString();
        assertThat(id).matches("c[a-z0-9]{24}");

        mvc.perform(get("/api/projects").header("Authorization", ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].deploymentCount").value(0));

        mvc.perform(patch("/api/projects/" + id).header("Authorization", ada.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Cookbook\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Cookbook"));
        mvc.perform(get("/api/projects/" + id).header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$.name").value("Cookbook"));

        mvc.perform(delete("/api/projects/" + id).header("Authorization", ada.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/projects/" + id).header("Authorization", ada.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/projects").header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void listsMostRecentlyUpdatedFirstWithDeploymentCounts() throws Exception {
        ApiUser ada = signUp();
        String first = createProject(ada, "First");
        String second = createProject(ada, "Second");
        String third = createProject(ada, "Third");
        Thread.sleep(5);
        mvc.perform(patch("/api/projects/" + first).header("Authorization", ada.bearer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"First, renamed\"}")).andExpect(status().isOk());
        for (int i = 0; i < 3; i++) {
            jdbc.sql("INSERT INTO deployments (id, project_id, vercel_deployment_id, status) VALUES (?, ?, ?, 'READY')")
                    .params("d" + i + second, second, "local-" + i + second).update();
        }

        mvc.perform(get("/api/projects").header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$[0].id").value(first))
                .andExpect(jsonPath("$[1].id").value(third))
                .andExpect(jsonPath("$[2].id").value(second))
                .andExpect(jsonPath("$[2].deploymentCount").value(3))
                .andExpect(jsonPath("$[0].deploymentCount").value(0));
    }

    @Test
    void renameMovesUpdatedAtForward() throws Exception {
        ApiUser ada = signUp();
        String id = createProject(ada, "Clock");
        var before = body(mvc.perform(get("/api/projects/" + id).header("Authorization", ada.bearer())).andReturn());
        Thread.sleep(5);
        var after = body(mvc.perform(patch("/api/projects/" + id).header("Authorization", ada.bearer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Clock 2\"}")).andReturn());
        assertThat(after.get("updatedAt").asString()).isGreaterThan(before.get("updatedAt").asString());
        assertThat(after.get("createdAt").asString()).isEqualTo(before.get("createdAt").asString());
    }

    @Test
    void anotherPersonsProjectIsNotFoundAndUntouched() throws Exception {
        ApiUser ada = signUp();
        ApiUser eve = signUp();
        String id = createProject(ada, "Private");

        mvc.perform(get("/api/projects/" + id).header("Authorization", eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(patch("/api/projects/" + id).header("Authorization", eve.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Mine now\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/projects/" + id).header("Authorization", eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/projects").header("Authorization", eve.bearer())).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/projects/" + id).session(eve.session())).andExpect(status().isNotFound());

        mvc.perform(get("/api/projects/" + id).header("Authorization", ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Private"));
    }

    @Test
    void invalidNamesAreProblemsWithFieldMessagesAndCreateNothing() throws Exception {
        ApiUser ada = signUp();
        for (String body : new String[] {"{\"name\":\"\"}", "{\"name\":\"   \"}", "{\"name\":\"" + "x".repeat(101) + "\"}",
                "{\"name\":\"two\\nlines\"}", "{}"}) {
            mvc.perform(post("/api/projects").header("Authorization", ada.bearer())
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                    .andExpect(jsonPath("$.errors[0].field").value("name"))
                    .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        }
        mvc.perform(get("/api/projects").header("Authorization", ada.bearer())).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void malformedJsonAndUnknownFieldsAreClearErrors() throws Exception {
        ApiUser ada = signUp();
        mvc.perform(post("/api/projects").header("Authorization", ada.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Oops\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The body is not valid JSON (line 1, column 16)."));
        mvc.perform(post("/api/projects").header("Authorization", ada.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("[\"Oops\"]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The body should be a JSON object."));
        mvc.perform(post("/api/projects").header("Authorization", ada.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":{\"first\":\"Oops\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The field 'name' should be text."));
        mvc.perform(post("/api/projects").header("Authorization", ada.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Oops\",\"status\":\"LIVE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Unknown field 'status'."));
        mvc.perform(get("/api/projects").header("Authorization", ada.bearer())).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void oversizedBodiesAreRefusedBeforeBeingRead() throws Exception {
        ApiUser ada = signUp();
        mvc.perform(post("/api/projects").header("Authorization", ada.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + "x".repeat(1_100_000) + "\"}"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.status").value(413));
        mvc.perform(get("/api/projects").header("Authorization", ada.bearer())).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void apiWithoutCredentialsIsUnauthorizedProblem() throws Exception {
        mvc.perform(get("/api/projects"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/projects").header("Authorization", "Bearer tcp_notarealtoken"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("invalid or has been revoked")));
    }

    @Test
    void sessionCallsToTheApiNeedTheCsrfToken() throws Exception {
        ApiUser ada = signUp();
        mvc.perform(post("/api/projects").session(ada.session())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Forged\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/projects").session(ada.session()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Real\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/projects").session(ada.session()))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].name").value("Real"));
    }

    @Test
    void deletingAProjectDeletesItsConversationsMessagesFilesAndDeployments() throws Exception {
        ApiUser ada = signUp();
        String id = createProject(ada, "Cascade");
        jdbc.sql("INSERT INTO conversations (id, project_id, phase) VALUES (?, ?, 'DISCOVERY')").params("cv" + id, id).update();
        jdbc.sql("INSERT INTO messages (id, conversation_id, role, content) VALUES (?, ?, 'USER', 'hi')").params("m" + id, "cv" + id).update();
        jdbc.sql("INSERT INTO generated_files (id, project_id, path, content) VALUES (?, ?, 'README.md', '# x')").params("f" + id, id).update();
        jdbc.sql("INSERT INTO deployments (id, project_id, vercel_deployment_id) VALUES (?, ?, ?)").params("d" + id, id, "dep" + id).update();

        mvc.perform(delete("/api/projects/" + id).header("Authorization", ada.bearer())).andExpect(status().isNoContent());

        for (String table : new String[] {"conversations", "generated_files", "deployments"}) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE project_id = ?").param(id).query(Long.class).single())
                    .as(table).isZero();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM messages WHERE id = ?").param("m" + id).query(Long.class).single()).isZero();
    }

    private String createProject(ApiUser user, String name) throws Exception {
        return api(user).createProject(name);
    }
}
