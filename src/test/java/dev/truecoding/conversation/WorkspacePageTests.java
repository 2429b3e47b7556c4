package dev.truecoding.conversation;

import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.support.ChatTest;
import dev.truecoding.support.ScriptedAssistant;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class WorkspacePageTests extends ChatTest {

    @Test
    void messagesAreRenderedAsSanitizedMarkdown() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada, "Safe");
        assistant().next((request, sink) -> ScriptedAssistant.stream(sink,
                new AssistantReply("**Great** idea! <script>alert('x')</script> <img src=x onerror=alert(1)>", null, null, false, null)));
        var started = mvc.perform(post("/api/chat").header("Authorization", ada.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectId\":\"" + project + "\",\"message\":\"<b onmouseover=alert(2)>hi</b>\",\"phase\":\"discovery\"}"))
                .andExpect(request().asyncStarted()).andReturn();
        started.getAsyncResult(10_000);

        mvc.perform(get("/projects/" + project + "/workspace").session(ada.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>Great</strong> idea!")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<img"))))
                .andExpect(content().string(not(containsString("<b onmouseover"))))
                .andExpect(content().string(containsString("Interview progress")))
                .andExpect(content().string(containsString("Scripted")));
    }

    @Test
    void theLastRepliesWaysOnAreButtonsThatSendThem() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada, "Choices");
        assistant().next((request, sink) -> ScriptedAssistant.stream(sink,
                new AssistantReply("**Anyone else who would use it?**\n\n↳ `skip` · `back` · `done`", null, null, false, null)));
        var started = mvc.perform(post("/api/chat").header("Authorization", ada.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectId\":\"" + project + "\",\"message\":\"hi\",\"phase\":\"discovery\"}"))
                .andExpect(request().asyncStarted()).andReturn();
        started.getAsyncResult(10_000);

        mvc.perform(get("/projects/" + project + "/workspace/messages").session(ada.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-choice=\"skip\"")))
                .andExpect(content().string(containsString("data-choice=\"back\"")))
                .andExpect(content().string(containsString("data-choice=\"done\"")));
    }

    @Test
    void thePlanPanelShowsThePlansTheDiagramAndTheApproveButtons() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada, "Plans");
        putPlan(ada, project, "business-plan", "/plans/full-business-plan.json");

        mvc.perform(get("/projects/" + project + "/workspace").session(ada.session()))
                .andExpect(content().string(containsString("Recipe Box")))
                .andExpect(content().string(containsString("Approve business plan")));
        assistant().next((request, sink) -> ScriptedAssistant.stream(sink, new AssistantReply("A technical plan.", null, null, false, null)));
        mvc.perform(post("/projects/" + project + "/workspace/approve-business-plan").session(ada.session()).with(csrf()))
                .andExpect(redirectedUrl("/projects/" + project + "/workspace"));

        putPlan(ada, project, "technical-plan", "/plans/full-technical-plan.json");
        mvc.perform(get("/projects/" + project + "/workspace").session(ada.session()))
                .andExpect(content().string(containsString("Entity-relationship diagram")))
                .andExpect(content().string(containsString("title: string")))
                .andExpect(content().string(containsString("1 — n")))
                .andExpect(content().string(containsString("Approve technical plan")));
        mvc.perform(post("/projects/" + project + "/workspace/approve-technical-plan").session(ada.session()).with(csrf()))
                .andExpect(redirectedUrl("/projects/" + project));
        mvc.perform(get("/api/projects/" + project).header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$.status").value("CONNECTING"));
    }

    @Test
    void thePlanEditorShowsEveryProblemInPlaceAndSavesNothing() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada, "Editor");
        putPlan(ada, project, "business-plan", "/plans/full-business-plan.json");

        mvc.perform(post("/projects/" + project + "/plans/business").session(ada.session()).with(csrf())
                        .param("planJson", "{\"name\": \"\", \"tagline\": 3}"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nothing was saved")))
                .andExpect(content().string(containsString("$.name")))
                .andExpect(content().string(containsString("{&quot;name&quot;: &quot;&quot;, &quot;tagline&quot;: 3}")));
        mvc.perform(post("/projects/" + project + "/plans/business").session(ada.session()).with(csrf()).param("planJson", "{oops"))
                .andExpect(content().string(containsString("not valid JSON")));
        mvc.perform(get("/api/projects/" + project + "/business-plan").header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$.name").value("Recipe Box"));
    }

    @Test
    void anotherPersonsWorkspaceIsNotFound() throws Exception {
        ApiUser ada = signUp();
        ApiUser eve = signUp();
        String project = createProject(ada, "Mine");
        mvc.perform(get("/projects/" + project + "/workspace").session(eve.session())).andExpect(status().isNotFound());
        mvc.perform(get("/projects/" + project + "/plans/business/edit").session(eve.session())).andExpect(status().isNotFound());
    }

    @Test
    void aPortugueseBrowserSeesTheWholeWorkspaceInPortuguese() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada, "Receitas");
        assistant().next((request, sink) -> ScriptedAssistant.stream(sink, new AssistantReply("Olá! Conte mais.", null, null, false, null)));
        mvc.perform(post("/api/chat").header("Authorization", ada.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectId\":\"" + project + "\",\"message\":\"oi\",\"phase\":\"discovery\"}"))
                .andExpect(request().asyncStarted()).andReturn().getAsyncResult(10_000);

        String discovery = portuguese(ada, "/projects/" + project + "/workspace");
        assertThat(discovery).contains("<h1>Descoberta</h1>", "Progresso da entrevista", "Ideia e nome", "(ainda não)",
                        "Sua mensagem", "Escreva uma mensagem…", "Conte ao assistente sobre a sua ideia", ">Você<", ">Assistente<",
                        // the words chat.js shows while a reply streams
                        "data-you=\"Você\"", "data-writing=\"O assistente está escrevendo…\"", "data-not-sent=\"A mensagem não foi enviada (HTTP {0}).\"")
                .doesNotContain("Interview progress", "Idea and name", "(not yet)", "Your message", "Write a message",
                        "Tell the assistant", ">You<", ">Assistant<", "The assistant is writing");

        putPlan(ada, project, "business-plan", "/plans/full-business-plan.json");
        String businessPlan = portuguese(ada, "/projects/" + project + "/workspace");
        assertThat(businessPlan).contains("Plano de negócios", "Aprovar plano de negócios", "Editar JSON", "Funcionalidades",
                        "Concorrentes", "Métricas de sucesso", "essencial")
                .doesNotContain("Approve business plan", "Business plan", "Edit JSON", ">Features<", ">Competitors<",
                        ">Success metrics<", ">must-have<", ">Problem.<", ">Audience.<");

        assistant().next((request, sink) -> ScriptedAssistant.stream(sink, new AssistantReply("Um plano técnico.", null, null, false, null)));
        mvc.perform(post("/projects/" + project + "/workspace/approve-business-plan").session(ada.session()).with(csrf())
                        .header("Accept-Language", "pt-BR"))
                .andExpect(redirectedUrl("/projects/" + project + "/workspace"))
                .andExpect(flash().attribute("notice", startsWith("Plano de negócios aprovado.")));
        putPlan(ada, project, "technical-plan", "/plans/full-technical-plan.json");
        String planning = portuguese(ada, "/projects/" + project + "/workspace");
        assertThat(planning).contains("<h1>Planejamento</h1>", "Plano técnico", "Aprovar plano técnico", "Modelo de dados",
                        "Variáveis de ambiente", "Diagrama de arquitetura", "Diagrama entidade-relacionamento do modelo de dados",
                        "endpoints de API", "Dê forma ao modelo de dados", "um-para-muitos")
                .doesNotContain("Technical plan", "Approve technical plan", "Data model", "Environment variables",
                        "Architecture diagram", "Entity-relationship", "API endpoints", "Shape the data model");

        String editor = portuguese(ada, "/projects/" + project + "/plans/technical/edit");
        assertThat(editor).contains("Editar o plano técnico", "Plano (JSON)", "Salvar plano", "Cancelar", "Espaço de trabalho")
                .doesNotContain("Edit the technical plan", "Save plan", ">Cancel<", ">Workspace<");
        String refused = mvc.perform(post("/projects/" + project + "/plans/business").session(ada.session()).with(csrf())
                        .header("Accept-Language", "pt-BR").param("planJson", "{\"name\": \"\", \"tagline\": 3}"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).containsPattern("\\d+ problemas? — nada foi salvo.").doesNotContain("nothing was saved");
    }

    private String portuguese(ApiUser user, String url) throws Exception {
        return mvc.perform(get(url).session(user.session()).header("Accept-Language", "pt-BR,pt;q=0.9"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void putPlan(ApiUser user, String project, String kind, String resource) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            mvc.perform(put("/api/projects/" + project + "/" + kind).header("Authorization", user.bearer())
                    .contentType(MediaType.APPLICATION_JSON).content(in.readAllBytes())).andExpect(status().isOk());
        }
    }
}
