package dev.truecoding.system;

import dev.truecoding.support.ApplicationTest;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
