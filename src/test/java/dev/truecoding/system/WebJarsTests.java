package dev.truecoding.system;

import dev.truecoding.support.ApplicationTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The diagram and highlighting scripts are served by True Coding itself, to visitors too, and cached for good. */
class WebJarsTests extends ApplicationTest {

    @Test
    void mermaidAndHighlightJsAreServedFromTheirWebJarsAndKept() throws Exception {
        mvc.perform(get("/webjars/mermaid/11.14.0/dist/mermaid.min.js"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
                .andExpect(header().string("Cache-Control", containsString("immutable")));
        mvc.perform(get("/webjars/highlightjs/11.11.1/highlight.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/highlightjs/11.11.1/styles/github.min.css")).andExpect(status().isOk());
    }
}
