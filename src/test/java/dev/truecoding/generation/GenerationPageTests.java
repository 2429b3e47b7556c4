package dev.truecoding.generation;

import dev.truecoding.support.ApplicationTest;
import dev.truecoding.support.Await;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Connecting and Generating steps' page: host choice, the Generate button, the run and what it produced. */
@TestPropertySource(properties = "truecoding.generation.npm=false")
class GenerationPageTests extends ApplicationTest {

    @Test
    void generatingFromThePageShowsTheRunThenTheRepository() throws Exception {
        ApiUser ada = signUp();
        String project = api(ada).approvedProject("Recipe Box", GenerationApiTests.plan());

        mvc.perform(get("/projects/" + project).session(ada.session()))
                .andExpect(content().string(containsString("Connect and generate")));
        mvc.perform(get("/projects/" + project + "/generate").session(ada.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Where your code goes")))
                .andExpect(content().string(containsString("built-in git host")))
                .andExpect(content().string(containsString("Connect GitHub")))
                .andExpect(content().string(containsString("id=\"generate-button\"")))
                .andExpect(content().string(not(containsString("Latest run"))));

        mvc.perform(post("/projects/" + project + "/generate").session(ada.session()).with(csrf()).param("host", "builtin"))
                .andExpect(redirectedUrl("/projects/" + project + "/generate"));
        awaitProjectLeavesGenerating(ada, project);

        String page = mvc.perform(get("/projects/" + project + "/generate").session(ada.session()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Latest run", "Succeeded", "Your repository", "git clone http", "Coverage report",
                "Validation", "Generate again", "Committing", "Configuring CI");
        assertThat(page).doesNotContain("stage-failed");
        String portuguese = mvc.perform(get("/projects/" + project + "/generate").session(ada.session())
                        .header("Accept-Language", "pt-BR"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(portuguese).as("the page, its run status and stage labels in Portuguese").contains("Gere o app",
                        "Concluída", "Seu repositório", "Criando o repositório", "Configurando a CI", "Gerar de novo",
                        "Etapas da geração")
                .doesNotContain("Latest run", "Generate again", "Creating the repository");
        assertThat(portuguese).as("what the run said as it went, and the coverage report's details, in Portuguese")
                .contains("Na fila: o app será gerado em", "Montando o app a partir do plano técnico", "Seu app está em",
                        "Clone com: git clone http", "entidade", "tabela recipes, API /api/recipes, páginas /recipes; é preciso entrar para criar, alterar, excluir")
                .doesNotContain("Rendering the app", "Your app is in", "Queued:", "table recipes, API",
                        "<td class=\"small\">entity</td>");
        assertThat(page).contains("Rendering the app from the technical plan", "Your app is in", "table recipes, API /api/recipes");

        // The API says the run's events in English unless the request asks for another language.
        String runId = api(ada).get("/api/projects/" + project + "/generations").get(0).get("id").asString();
        String english = mvc.perform(get("/api/generations/" + runId + "/events").header("Authorization", ada.bearer())
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getContentAsString();
        String inPortuguese = mvc.perform(get("/api/generations/" + runId + "/events").header("Authorization", ada.bearer())
                        .header("Accept-Language", "pt-BR").accept(MediaType.APPLICATION_JSON)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(english).contains("Your app is in").doesNotContain("Seu app está em", "\"phrase\"");
        assertThat(inPortuguese).contains("Seu app está em", "Verificando os arquivos", "Executando static").doesNotContain("Your app is in");
        mvc.perform(get("/projects/" + project).session(ada.session()))
                .andExpect(content().string(containsString("id=\"project-repository\"")));
    }

    @Test
    void aProjectWithoutAnApprovedPlanCannotGenerateAndSaysWhy() throws Exception {
        ApiUser ada = signUp();
        String project = api(ada).createProject("Early");
        mvc.perform(get("/projects/" + project + "/generate").session(ada.session()))
                .andExpect(content().string(containsString("no approved technical plan")));
        mvc.perform(post("/projects/" + project + "/generate").session(ada.session()).with(csrf()))
                .andExpect(redirectedUrl("/projects/" + project + "/generate"))
                .andExpect(flash().attribute("generationError", containsString("no approved technical plan")));
        ApiUser eve = signUp();
        mvc.perform(get("/projects/" + project + "/generate").session(eve.session())).andExpect(status().isNotFound());
        mvc.perform(post("/projects/" + project + "/generate").session(eve.session()).with(csrf())).andExpect(status().isNotFound());
    }

    private void awaitProjectLeavesGenerating(ApiUser user, String project) throws Exception {
        String status = Await.until("the project to leave Generating", Duration.ofSeconds(60),
                () -> api(user).get("/api/projects/" + project).get("status").asString(), now -> !now.equals("GENERATING"));
        assertThat(status).isEqualTo("DEPLOYING");
    }
}
