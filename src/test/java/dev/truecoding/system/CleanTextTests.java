package dev.truecoding.system;

import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.support.ChatTest;
import dev.truecoding.support.ScriptedAssistant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * NUL characters and unpaired surrogates are refused wherever text comes in, with a 400 naming the field, and
 * nothing is stored: on the embedded database (and on PostgreSQL in a subclass, where a NUL used to be a 500).
 */
class CleanTextTests extends ChatTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChatMessageWithANulIsRefusedAndNotStored() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada, "Recipe box");

        mvc.perform(post("/api/chat").header("Authorization", ada.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectId\":\"" + project + "\",\"phase\":\"discovery\",\"message\":\"hello\\u0000world\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("message"))
                .andExpect(jsonPath("$.detail").value(containsString("a NUL character")));

        mvc.perform(get("/api/projects/" + project + "/conversations").header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void aPlanWithALoneSurrogateIsRefusedWithItsPath() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada, "Recipe box");

        mvc.perform(put("/api/projects/" + project + "/technical-plan").header("Authorization", ada.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dataModel\":{\"entities\":[{\"name\":\"Recipe\"},{\"name\":\"Ingre\\ud83ddient\"}]}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("dataModel.entities[1].name"))
                .andExpect(jsonPath("$.detail").value(containsString("an unpaired surrogate (U+D83D)")));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM projects WHERE id = ? AND technical_plan IS NOT NULL")
                .param(project).query(Long.class).single()).isZero();
    }

    @Test
    void aSurrogateWrittenAsRawUtf8BytesIsRefusedToo() throws Exception {
        ApiUser ada = signUp();
        // ED A0 BD is U+D83D encoded on its own: not UTF-8 at all, so the body is not JSON.
        byte[] body = concat("{\"name\":\"Oops ".getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0xBD},
                "\"}".getBytes(StandardCharsets.UTF_8));
        mvc.perform(post("/api/projects").header("Authorization", ada.bearer()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("not valid JSON")));

        mvc.perform(get("/api/projects").header("Authorization", ada.bearer())).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void renamingAndPropertyNamesAreCheckedTheSameWay() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada, "Recipe box");

        mvc.perform(patch("/api/projects/" + project).header("Authorization", ada.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Cook\\u0000book\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("name"));
        mvc.perform(patch("/api/projects/" + project).header("Authorization", ada.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"na\\u0000me\":\"Cookbook\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("na\uFFFDme"));

        mvc.perform(get("/api/projects/" + project).header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$.name").value("Recipe box"));
    }

    @Test
    void aFormFieldWithANulIsRefusedWithTheErrorPage() throws Exception {
        ApiUser ada = signUp();
        mvc.perform(post("/projects").session(ada.session()).with(csrf()).param("name", "Sneaky\u0000name"))
                .andExpect(status().isBadRequest());

        mvc.perform(get("/api/projects").header("Authorization", ada.bearer())).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void emojiAndOtherRealCharactersAreKeptExactly() throws Exception {
        ApiUser ada = signUp();
        String name = "Café 🍰 日本 — ok";
        String project = createProject(ada, name);

        mvc.perform(get("/api/projects/" + project).header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$.name").value(name));
        assertThat(jdbc.sql("SELECT name FROM projects WHERE id = ?").param(project).query(String.class).single()).isEqualTo(name);
    }

    @Test
    void bodiesThatAreNotJsonStillGetTheSyntaxMessage() throws Exception {
        ApiUser ada = signUp();
        mvc.perform(post("/api/projects").header("Authorization", ada.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Unclosed"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("not valid JSON")));
    }

    @Test
    void aModelReplyWithANulIsStoredWithTheCharacterReplaced() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada, "Recipe box");
        assistant().next((request, sink) -> ScriptedAssistant.stream(sink,
                new AssistantReply("Half\u0000way \uD83D there", null, null, false, null), "Half\u0000way ", "\uD83D there"));

        var started = mvc.perform(post("/api/chat").header("Authorization", ada.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectId\":\"" + project + "\",\"phase\":\"discovery\",\"message\":\"hello\"}"))
                .andExpect(request().asyncStarted()).andReturn();
        started.getAsyncResult(10_000);

        mvc.perform(get("/api/projects/" + project + "/conversations").header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$[0].messages[1].role").value("ASSISTANT"))
                .andExpect(jsonPath("$[0].messages[1].content").value("Half\uFFFDway \uFFFD there"));
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
