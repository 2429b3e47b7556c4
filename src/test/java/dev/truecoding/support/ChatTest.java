package dev.truecoding.support;

import dev.truecoding.assistant.Assistant;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/** The application with a {@link ScriptedAssistant} in place of the configured assistant (one shared context). */
@TestPropertySource(properties = "truecoding.chat.messages-per-minute=1000")
public abstract class ChatTest extends ApplicationTest {

    @TestBean(name = "assistant", methodName = "dev.truecoding.support.ScriptedAssistant#create")
    protected Assistant scripted;

    protected ScriptedAssistant assistant() {
        return (ScriptedAssistant) scripted;
    }

    protected String createProject(ApiUser user, String name) throws Exception {
        return api(user).createProject(name);
    }
}
