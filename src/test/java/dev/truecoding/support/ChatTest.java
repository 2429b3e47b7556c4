package dev.truecoding.support;

import dev.truecoding.assistant.Assistant;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The application with a {@link ScriptedAssistant} in place of the configured assistant (one shared context). */
@TestPropertySource(properties = "truecoding.chat.messages-per-minute=1000")
public abstract class ChatTest extends ApplicationTest {

    @TestBean(name = "assistant", methodName = "dev.truecoding.support.ScriptedAssistant#create")
    protected Assistant scripted;

    protected ScriptedAssistant assistant() {
        return (ScriptedAssistant) scripted;
    }

    protected String createProject(ApiUser user, String name) throws Exception {
        return body(mvc.perform(post("/api/projects").header("Authorization", user.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(java.util.Map.of("name", name))))
                .andReturn()).get("id").asString();
    }
}
