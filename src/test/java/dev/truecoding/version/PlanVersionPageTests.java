package dev.truecoding.version;

import dev.truecoding.generation.GenerationApiTests;
import dev.truecoding.support.ApiClient;
import dev.truecoding.support.ApplicationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The versions page: reached from the project page, every version listed, two of them compared in words. */
@TestPropertySource(properties = "truecoding.generation.npm=false")
class PlanVersionPageTests extends ApplicationTest {

    @Test
    void thePageListsTheVersionsAndShowsWhatTheNewestChangedAddedInGreenRemovedInRed() throws Exception {
        ApiUser ada = signUp();
        ApiClient api = api(ada);
        String project = api.createProject("Recipe Box");
        api.put("/api/projects/" + project + "/business-plan", resource("/plans/full-business-plan.json"));
        api.post("/api/projects/" + project + "/business-plan/approve", null);
        api.put("/api/projects/" + project + "/technical-plan", GenerationApiTests.plan());
        api.post("/api/projects/" + project + "/technical-plan/approve", null);

        Document details = page(ada, "/projects/" + project, 200);
        assertThat(details.getElementById("open-versions").attr("href")).isEqualTo("/projects/" + project + "/versions");

        Document page = page(ada, "/projects/" + project + "/versions", 200);
        assertThat(page.select("#versions-card tr[data-version]").eachAttr("data-version")).containsExactly("2", "1");
        assertThat(page.select("#versions-card tr[data-version=2]").text()).contains("v2", "technical plan approved", "—");
        assertThat(page.getElementById("diff-title").text()).isEqualTo("v1 → v2");
        assertThat(page.select("#diff-changes li.diff-added").eachText())
                .anyMatch(text -> text.contains("Add entity Recipe")).anyMatch(text -> text.contains("Add entity Cookbook"));
        assertThat(page.select("#diff-changes li.diff-removed")).isEmpty();
        assertThat(page.select("#diff-from option[selected]").text()).isEqualTo("v1");

        Document back = page(ada, "/projects/" + project + "/versions?from=2&to=1", 200);
        assertThat(back.getElementById("diff-title").text()).isEqualTo("v2 → v1");
        assertThat(back.select("#diff-changes li.diff-removed").eachText()).anyMatch(text -> text.contains("Remove entity Recipe"));
        assertThat(back.select("#diff-changes li.diff-added")).isEmpty();

        String portuguese = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/projects/" + project + "/versions").session(ada.session()).header("Accept-Language", "pt-BR"))
                .andReturn().getResponse().getContentAsString();
        Document pt = org.jsoup.Jsoup.parse(portuguese);
        assertThat(pt.selectFirst("h1").text()).isEqualTo("Versões do plano");
        assertThat(pt.select("#versions-card tr[data-version=2]").text()).contains("plano técnico aprovado");
        assertThat(pt.select("#diff-changes li.diff-added").eachText())
                .anyMatch(text -> text.contains("Adiciona a entidade Recipe")).noneMatch(text -> text.contains("Add entity"));

        Document same = page(ada, "/projects/" + project + "/versions?from=2&to=2", 200);
        assertThat(same.getElementById("diff-empty").text()).isEqualTo("The plans are the same.");

        page(ada, "/projects/" + project + "/versions?from=0&to=2", 400);
        page(ada, "/projects/" + project + "/versions?from=1&to=9", 404);
        page(signUp(), "/projects/" + project + "/versions", 404);
    }

    @Test
    void aProjectWithNoApprovedPlanSaysSo() throws Exception {
        ApiUser ada = signUp();
        String project = api(ada).createProject("Not Yet");

        Document page = page(ada, "/projects/" + project + "/versions", 200);

        assertThat(page.getElementById("no-versions").text()).startsWith("No plan approved yet");
        assertThat(page.getElementById("diff-card")).isNull();
    }

    private Document page(ApiUser user, String path, int expected) throws Exception {
        String html = mvc.perform(get(path).session(user.session())).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static String resource(String path) throws Exception {
        try (var in = PlanVersionPageTests.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
