package dev.truecoding.system;

import dev.truecoding.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** Pages speak the browser's language (English or Brazilian Portuguese), English when it names none. */
class PageLanguageTests extends ApplicationTest {

    @Test
    void thePagesFollowAcceptLanguage() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "pt-BR,pt;q=0.9,en;q=0.5"))
                .andExpect(content().string(containsString("<html lang=\"pt-BR\"")))
                .andExpect(content().string(containsString("Da ideia ao app no ar.")))
                .andExpect(content().string(containsString("Criar conta")));
        mvc.perform(get("/").header("Accept-Language", "en-GB"))
                .andExpect(content().string(containsString("From an idea to a live app.")));
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("From an idea to a live app.")))
                .andExpect(content().string(not(containsString("Da ideia"))));
    }

    @Test
    void aSignedInPersonsMissingPageSaysSoInTheirLanguage() throws Exception {
        ApiUser ada = signUp();
        mvc.perform(get("/projects/no-such-project").session(ada.session()).header("Accept-Language", "pt-BR"))
                .andExpect(content().string(containsString("Página não encontrada")))
                .andExpect(content().string(containsString("Sair")));
        mvc.perform(get("/settings/github").session(ada.session()).header("Accept-Language", "pt-BR"))
                .andExpect(content().string(containsString("Conectar com um token")))
                .andExpect(content().string(containsString("<strong>All repositories</strong>")));
    }

    @Test
    void signingInAndUpIsInPortuguese() throws Exception {
        assertThat(portuguese(get("/login")))
                .contains("<h1>Entrar</h1>", ">E-mail<", ">Senha<", "Primeira vez aqui?", "Crie uma conta")
                .doesNotContain(">Email<", ">Password<", "New here?", "Create an account", ">Sign in<");
        assertThat(portuguese(get("/login").param("error", ""))).contains("E-mail ou senha incorretos.")
                .doesNotContain("Wrong email or password");
        assertThat(portuguese(get("/login").param("signedOut", ""))).contains("Você saiu da sua conta.")
                .doesNotContain("You are signed out");
        assertThat(portuguese(get("/signup")))
                .contains("<title>Crie sua conta · True Coding</title>", "<h1>Crie sua conta</h1>", ">Nome<", ">Senha<",
                        "Pelo menos 8 caracteres.", "nenhuma conta em nuvem", "Já tem uma conta?")
                .doesNotContain("Create your account", ">Name<", ">Password<", "At least 8 characters", "no cloud account",
                        "Already have an account?");
    }

    @Test
    void tokensAndANewProjectAreInPortuguese() throws Exception {
        ApiUser ada = signUp();
        assertThat(portuguese(get("/settings/tokens").session(ada.session())))
                .contains("<h1>Tokens de acesso pessoal</h1>", "Use um token com a API", "<h2>Novo token</h2>",
                        "placeholder=\"ex.: git do notebook\"", ">Criar token<", "<h2>Seus tokens</h2>", ">Termina em<",
                        ">Último uso<", "aria-label=\"Revogar tests\"", ">Revogar<")
                .doesNotContain("Personal access tokens", "Use a token with", "New token", "e.g. laptop", "Create token",
                        "Your tokens", "Ends with", "Last used", "Revoke");
        assertThat(portuguese(get("/projects/new").session(ada.session())))
                .contains("<h1>Novo projeto</h1>", "Um nome provisório basta", ">Nome do projeto<", "ex.: Caixa de receitas",
                        ">Criar projeto<", ">Cancelar<")
                .doesNotContain("New project", "A working name", "Project name", "e.g. Recipe box", "Create project", ">Cancel<");
    }

    @Test
    void aRefusedFormSaysWhyInPortuguese() throws Exception {
        String signUp = portuguese(post("/signup").with(csrf()).param("name", "").param("email", "not-an-email").param("password", "short"));
        assertThat(signUp).contains("Diga-nos o seu nome.", "Este não é um endereço de e-mail.", "Entre 8 e 72 caracteres.")
                .doesNotContain("Tell us your name", "This is not an email address", "Between 8 and 72");
        ApiUser ada = signUp();
        assertThat(portuguese(post("/signup").with(csrf()).param("name", "Ada").param("email", ada.email()).param("password", "correct horse battery")))
                .contains("Já existe uma conta com este e-mail.").doesNotContain("already exists");
        assertThat(portuguese(post("/settings/tokens").session(ada.session()).with(csrf()).param("name", " ")))
                .contains("Dê um nome ao token.").doesNotContain("Give the token a name");
        assertThat(portuguese(post("/projects").session(ada.session()).with(csrf()).param("name", "")))
                .contains("Dê um nome ao seu projeto.").doesNotContain("Give your project a name");
        // Without a language, the same refusal in English.
        assertThat(mvc.perform(post("/projects").session(ada.session()).with(csrf()).param("name", "")).andReturn().getResponse()
                .getContentAsString()).contains("Give your project a name.");

        String tokenId = body(mvc.perform(get("/api/tokens").header("Authorization", ada.bearer())).andReturn()).get(0).get("id").asString();
        mvc.perform(post("/settings/tokens/" + tokenId + "/revoke").session(ada.session()).with(csrf()).header("Accept-Language", "pt-BR"))
                .andExpect(flash().attribute("notice", "Token revogado. Programas que o usam não conseguem mais entrar."));
    }

    @Test
    void theApiSaysItsProblemsInTheRequestsLanguageAndEnglishWithoutOne() throws Exception {
        ApiUser ada = signUp();
        String projectId = api(ada).createProject("Padaria");

        JsonNode missing = problem(get("/api/projects/no-such-project").header("Authorization", ada.bearer()), "pt-BR", 404);
        assertThat(missing.get("title").asString()).isEqualTo("Não encontrado");
        assertThat(missing.get("detail").asString()).isEqualTo("Projeto não encontrado");
        JsonNode missingInEnglish = problem(get("/api/projects/no-such-project").header("Authorization", ada.bearer()), null, 404);
        assertThat(missingInEnglish.get("title").asString()).isEqualTo("Not Found");
        assertThat(missingInEnglish.get("detail").asString()).isEqualTo("Project not found");

        // A body that is not JSON, and a field of the wrong kind: said in the request's terms, in its language.
        JsonNode broken = problem(post("/api/chat").header("Authorization", ada.bearer())
                .contentType("application/json").content("{\"projectId\": "), "pt-BR", 400);
        assertThat(broken.get("title").asString()).isEqualTo("Requisição inválida");
        assertThat(broken.get("detail").asString()).startsWith("O corpo não é um JSON válido");
        JsonNode wrongKind = problem(post("/api/chat").header("Authorization", ada.bearer()).contentType("application/json")
                .content("{\"projectId\": \"" + projectId + "\", \"message\": [1], \"phase\": \"discovery\"}"), "pt-BR", 400);
        assertThat(wrongKind.get("detail").asString()).isEqualTo("O campo 'message' deveria ser texto.");

        // The chat refuses a phase the project is not in: the conflict in Portuguese, naming the phases in Portuguese.
        String planning = "{\"projectId\": \"" + projectId + "\", \"message\": \"oi\", \"phase\": \"planning\"}";
        JsonNode refused = problem(post("/api/chat").header("Authorization", ada.bearer()).contentType("application/json")
                .content(planning), "pt-BR", 409);
        assertThat(refused.get("title").asString()).isEqualTo("Conflito");
        assertThat(refused.get("detail").asString())
                .isEqualTo("Este projeto está em Descoberta; a conversa de planejamento fica aberta enquanto ele está em Planejamento.");
        assertThat(problem(post("/api/chat").header("Authorization", ada.bearer()).contentType("application/json")
                .content(planning), null, 409).get("detail").asString())
                .isEqualTo("This project is in Discovery; planning chat is open while it is in Planning.");

        // A body too large is refused by a filter, before Spring MVC: in the request's language too.
        JsonNode tooLarge = problem(post("/api/chat").header("Authorization", ada.bearer()).contentType("application/json")
                .content("{\"message\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}"), "pt-BR", 413);
        assertThat(tooLarge.get("title").asString()).isEqualTo("Conteúdo grande demais");
        assertThat(tooLarge.get("detail").asString()).startsWith("O corpo da requisição tem mais de ");
    }

    private JsonNode problem(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String language,
                             int status) throws Exception {
        if (language != null) {
            request.header("Accept-Language", language);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private String portuguese(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Accept-Language", "pt-BR,pt;q=0.9")).andReturn().getResponse().getContentAsString();
    }

    @Test
    void everyEnglishStringHasAPortugueseOneAndNoMore() throws Exception {
        assertThat(bundle("messages_pt_BR.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    private static Properties bundle(String name) throws Exception {
        var properties = new Properties();
        try (var in = PageLanguageTests.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
