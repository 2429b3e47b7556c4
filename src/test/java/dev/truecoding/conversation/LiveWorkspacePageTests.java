package dev.truecoding.conversation;

import dev.truecoding.generation.GenerationApiTests;
import dev.truecoding.project.ProjectService;
import dev.truecoding.project.ProjectStatus;
import dev.truecoding.support.ApiClient;
import dev.truecoding.support.ApplicationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * On a LIVE project the workspace is where the app is changed: the iteration chat is open (guided assistant), and
 * what it made of the plans reads as a diff against the version that was generated and is live — each change with
 * its kind in words, what it does to the stored records, a rename asked about, the JSON Patch folded away — and the
 * forms (no script needed) that answer a rename, refuse to lose data without a yes, and discard.
 */
@TestPropertySource(properties = "truecoding.generation.npm=false")
class LiveWorkspacePageTests extends ApplicationTest {

    @Autowired
    ProjectService projects;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeAskedInTheChatReadsAsADiffWithItsEffectOnTheLiveData() throws Exception {
        ApiUser ada = signUp();
        ApiClient api = api(ada);
        String project = liveProject(ada, api);

        Document details = page(ada, "/projects/" + project, "en");
        assertThat(details.getElementById("change-app").attr("href")).isEqualTo("/projects/" + project + "/workspace");

        Document before = page(ada, "/projects/" + project + "/workspace", "en");
        assertThat(before.selectFirst("h1").text()).isEqualTo("Change your app");
        assertThat(before.getElementById("live-url").attr("href")).isEqualTo("http://recipes.localhost:8080/");
        assertThat(before.getElementById("chat-form")).as("the iteration chat is open").isNotNull();
        assertThat(before.getElementById("proposal-empty").text()).startsWith("No change yet");

        say(api, project, "add field Recipe.rating: int");
        say(api, project, "remove field Recipe.servings");
        Document after = page(ada, "/projects/" + project + "/workspace", "en");
        assertThat(after.select("#proposal-changes li.diff-added").eachText())
                .contains("+ Added Add field Recipe.rating (int)");
        assertThat(after.select("#proposal-changes li.diff-removed").eachText())
                .anyMatch(text -> text.startsWith("− Removed Remove field Recipe.servings"));
        assertThat(after.select("#data-effects li.effect-new").eachText())
                .anyMatch(text -> text.startsWith("New") && text.contains("recipes.rating"));
        assertThat(after.select("#data-effects li.effect-loss").eachText())
                .anyMatch(text -> text.startsWith("Data loss") && text.contains("Recipe.servings"));
        assertThat(after.select("#proposal-changes li").eachText()).as("only what was asked: no DATABASE_URL the "
                + "derivation added").hasSize(2).noneMatch(text -> text.contains("DATABASE_URL"));
        assertThat(after.getElementById("confirm-data-loss").hasAttr("required")).as("data loss needs a yes").isTrue();
        assertThat(after.select("details.json-patch pre").text()).contains("\"technicalPlan\"", "rating");

        String change = after.getElementById("apply-form").attr("action").replaceAll(".*/changes/([^/]+)/apply$", "$1");

        mvc.perform(post("/projects/" + project + "/changes/" + change + "/apply").session(ada.session()).with(csrf()))
                .andExpect(redirectedUrl("/projects/" + project + "/workspace"))
                .andExpect(flash().attribute("changeError", containsString("loses stored data")));
        assertThat(api.get("/api/changes/" + change).get("status").asString()).as("refused: nothing changed").isEqualTo("PROPOSED");

        Document portuguese = page(ada, "/projects/" + project + "/workspace", "pt-BR");
        assertThat(portuguese.selectFirst("h1").text()).isEqualTo("Altere seu app");
        assertThat(portuguese.select("#data-effects li.effect-loss").eachText()).anyMatch(text -> text.startsWith("Perda de dados"));
        assertThat(portuguese.select("#proposal-changes li.diff-added").eachText())
                .containsExactly("+ Adicionado Adiciona o campo Recipe.rating (int)");
        assertThat(portuguese.select("#proposal-changes li.diff-removed").eachText())
                .anyMatch(text -> text.startsWith("− Removido Remove o campo Recipe.servings"));
        assertThat(portuguese.select("#data-effects li.effect-new").eachText())
                .anyMatch(text -> text.startsWith("Novo Adiciona Recipe.rating (coluna recipes.rating)"));
        assertThat(portuguese.select("#data-effects li.effect-loss").eachText())
                .anyMatch(text -> text.startsWith("Perda de dados Apaga Recipe.servings"));
        assertThat(portuguese.select("#data-effects, #effects-note").text()).doesNotContain("Adds ", "Drops ", "Not counted");
        assertThat(portuguese.select(".status-badges .badge").text()).isEqualTo("No ar");
        assertThat(api.get("/api/changes/" + change).get("summary").asString()).as("the API stays English")
                .isEqualTo("Add field Recipe.rating; remove field Recipe.servings");

        mvc.perform(post("/projects/" + project + "/changes/" + change + "/discard").session(ada.session()).with(csrf()))
                .andExpect(redirectedUrl("/projects/" + project + "/workspace"));
        Document discarded = page(ada, "/projects/" + project + "/workspace", "en");
        assertThat(discarded.getElementById("proposal-empty")).as("no proposal once discarded").isNotNull();
        assertThat(discarded.select("#change-history li[data-status=DISCARDED]").text())
                .contains("Discarded", "Add field Recipe.rating");
        assertThat(page(ada, "/projects/" + project + "/workspace", "pt-BR").select("#change-history li[data-status=DISCARDED]").text())
                .contains("Descartada", "Adiciona o campo Recipe.rating; remove o campo Recipe.servings");
        Document projectPage = page(ada, "/projects/" + project, "pt-BR");
        assertThat(projectPage.select(".status-badges .badge").text()).isEqualTo("No ar");
        assertThat(projectPage.select("#deploy-step h2").text()).isEqualTo("Seu app está no ar");
        assertThat(projectPage.select(".stepper").text()).contains("Seu app está no ar; adicione funcionalidades pelo chat.")
                .doesNotContain("Your app", "Discovery");
        assertThat(page(ada, "/projects", "pt-BR").select(".project-card .badge").eachText()).containsExactly("No ar");
        Document deployments = page(ada, "/projects/" + project + "/deployments", "pt-BR");
        assertThat(deployments.selectFirst("h1").text()).isEqualTo("Publique o app");
        assertThat(deployments.getElementById("production-card").text()).contains("Endereço de produção", "Publicar de novo");
        assertThat(api.get("/api/changes/" + change).get("status").asString()).isEqualTo("DISCARDED");
    }

    @Test
    void aRemoveAndAddOfTheSameShapeIsAskedAboutAsARename() throws Exception {
        ApiUser ada = signUp();
        ApiClient api = api(ada);
        String project = liveProject(ada, api);

        say(api, project, "add field Cookbook.title: string required");
        say(api, project, "remove field Cookbook.name");

        Document page = page(ada, "/projects/" + project + "/workspace", "en");
        assertThat(page.select("#possible-renames .possible-rename").eachText())
                .anyMatch(text -> text.contains("name") && text.contains("title") && text.contains("rename field"));
        assertThat(page(ada, "/projects/" + project + "/workspace", "pt-BR").select("#possible-renames strong").eachText())
                .containsExactly("Cookbook.title é o campo name renomeado? Renomear mantém os valores; senão, name é removido.");
        assertThat(page.getElementById("apply-change").hasAttr("disabled")).as("apply waits for the answer").isTrue();
        var yes = page.selectFirst("#possible-renames form:has(button.rename-yes)");
        mvc.perform(post(yes.attr("action")).session(ada.session()).with(csrf())
                        .param("from", yes.selectFirst("input[name=from]").val()).param("to", yes.selectFirst("input[name=to]").val())
                        .param("rename", "true"))
                .andExpect(redirectedUrl("/projects/" + project + "/workspace"));

        Document answered = page(ada, "/projects/" + project + "/workspace", "en");
        assertThat(answered.getElementById("possible-renames")).as("answered").isNull();
        assertThat(answered.select("#proposal-changes li.diff-renamed").eachText()).anyMatch(text -> text.contains("Renamed"));
        assertThat(answered.select("#data-effects li.effect-kept").eachText()).anyMatch(text -> text.startsWith("Rows kept"));
        assertThat(answered.getElementById("apply-change").hasAttr("disabled")).isFalse();
        assertThat(page(ada, "/projects/" + project + "/workspace", "pt-BR").select("#proposal-changes li.diff-renamed").eachText())
                .containsExactly("→ Renomeado Renomeia o campo Cookbook.name para title");
    }

    /** Generated for real (static checks only), then marked live as a finished deployment would leave it. */
    private String liveProject(ApiUser ada, ApiClient api) throws Exception {
        String project = api.createProject("Recipe Box");
        api.put("/api/projects/" + project + "/business-plan", resource("/plans/full-business-plan.json"));
        api.post("/api/projects/" + project + "/business-plan/approve", null);
        api.put("/api/projects/" + project + "/technical-plan", GenerationApiTests.plan());
        api.post("/api/projects/" + project + "/technical-plan/approve", null);
        String run = api.post("/api/generate", Map.of("projectId", project, "host", "builtin")).get("id").asString();
        assertThat(api.awaitGeneration(run).get("status").asString()).isEqualTo("SUCCEEDED");
        String userId = jdbc.sql("select id from users where email = ?").param(ada.email()).query(String.class).single();
        if (projects.get(userId, project).status() == ProjectStatus.GENERATING) {
            projects.moveTo(userId, project, ProjectStatus.DEPLOYING);
        }
        projects.recordDeployment(userId, project, "http://recipes.localhost:8080/", Instant.now());
        projects.moveTo(userId, project, ProjectStatus.LIVE);
        return project;
    }

    private void say(ApiClient api, String project, String message) throws Exception {
        var events = api.stream("POST", "/api/chat", Map.of("projectId", project, "phase", "iteration", "message", message));
        assertThat(events).as("the reply to %s", message).anyMatch(event -> event.name().equals("done"));
    }

    private Document page(ApiUser user, String path, String language) throws Exception {
        String html = mvc.perform(get(path).session(user.session()).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static String resource(String path) throws Exception {
        try (var in = LiveWorkspacePageTests.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
