package dev.truecoding.change;

import dev.truecoding.generation.GenerationApiTests;
import dev.truecoding.project.ProjectService;
import dev.truecoding.project.ProjectStatus;
import dev.truecoding.support.Browser;
import dev.truecoding.support.BrowserExtension;
import dev.truecoding.support.CookieClient;
import dev.truecoding.support.HttpApiClient;
import dev.truecoding.system.DatabaseUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change proposed to a live app, read in a real Chromium whose language is Brazilian Portuguese: the diff, what
 * it does to the live data and the rename question in Portuguese (no English sentence left), the status badge
 * "No ar", and the page no wider than a 390 px phone or a 1366 px laptop. Screenshots land in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "truecoding.data-dir=target/test-data",
        "truecoding.database-url=jdbc:h2:mem:truecoding-change-page-browser" + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1",
        "truecoding.assistant.provider=guided",
        "truecoding.generation.npm=false"})
@ExtendWith(BrowserExtension.class)
class ChangePageBrowserTests {

    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension LAPTOP = new Dimension(1366, 900);

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProjectService projects;

    WebDriver browser;

    @BeforeEach
    void openBrowser(@BrowserExtension.Language("pt-BR") WebDriver browser) {
        this.browser = browser;
    }

    @Test
    void aProposalReadsInPortugueseAndFitsAPhoneAndALaptop() throws Exception {
        String email = "ana-" + UUID.randomUUID() + "@example.com";
        HttpApiClient api = new HttpApiClient(url(""), new CookieClient().signUpAndCreateToken(url(""), email), json);
        String project = liveProject(api, email);
        say(api, project, "add field Recipe.rating: int");
        say(api, project, "add field Cookbook.title: string required");
        say(api, project, "remove field Cookbook.name");

        browser.get(url("/login"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys("stream of consciousness");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> !driver.getCurrentUrl().contains("/login"));

        for (Dimension size : List.of(PHONE, LAPTOP)) {
            browser.manage().window().setSize(size);
            browser.get(url("/projects/" + project + "/workspace"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Altere seu app");
            assertThat(browser.findElement(By.cssSelector(".status-badges .badge")).getText()).isEqualToIgnoringCase("No ar");
            List<String> changes = browser.findElements(By.cssSelector("#proposal-changes .diff-text")).stream()
                    .map(WebElement::getText).toList();
            assertThat(changes).contains("Adiciona o campo Recipe.rating (int)")
                    .anyMatch(text -> text.startsWith("Remove o campo Cookbook.name"))
                    .noneMatch(text -> text.matches("^(Add|Change|Rename|Relate|Unrelate) .*|^Remove (field|entity|page) .*"));
            String effects = browser.findElement(By.id("data-effects")).getText();
            assertThat(effects).contains("Adiciona Recipe.rating (coluna recipes.rating)", "Apaga Cookbook.name")
                    .doesNotContain("Adds ", "Drops ", "Renames ");
            assertThat(browser.findElement(By.cssSelector("#possible-renames strong")).getText())
                    .isEqualTo("Cookbook.title é o campo name renomeado? Renomear mantém os valores; senão, name é removido.");
            assertThat(number("return document.documentElement.scrollWidth"))
                    .as("the page at %d px is no wider than the window", size.width)
                    .isLessThanOrEqualTo(number("return document.documentElement.clientWidth"));
            Browser.screenshot(browser, "change-pt-BR-" + size.width + "-workspace");
            WebElement proposal = browser.findElement(By.id("proposal-card"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", proposal);
            Browser.screenshot(browser, "change-pt-BR-" + size.width + "-proposal");
        }

        // The undo page of a change that cannot be undone (only a proposal) says why, in Portuguese, and fits.
        String proposal = api.get("/api/projects/" + project + "/changes").get(0).get("id").asString();
        for (Dimension size : List.of(PHONE, LAPTOP)) {
            browser.manage().window().setSize(size);
            browser.get(url("/projects/" + project + "/changes/" + proposal + "/undo"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Desfazer esta mudança");
            assertThat(browser.findElement(By.id("undo-refusal")).getText())
                    .contains("Esta mudança não pode ser desfeita.", "Só uma mudança aplicada pode ser desfeita.");
            assertThat(browser.findElements(By.id("undo-form"))).isEmpty();
            assertThat(number("return document.documentElement.scrollWidth"))
                    .as("the undo page at %d px is no wider than the window", size.width)
                    .isLessThanOrEqualTo(number("return document.documentElement.clientWidth"));
            Browser.screenshot(browser, "change-pt-BR-" + size.width + "-undo-refused");
        }
    }

    /** Generated for real (static checks only), then marked live as a finished deployment would leave it. */
    private String liveProject(HttpApiClient api, String email) throws Exception {
        String project = api.createProject("Caixa de receitas");
        api.put("/api/projects/" + project + "/business-plan", resource("/plans/full-business-plan.json"));
        api.post("/api/projects/" + project + "/business-plan/approve", null);
        api.put("/api/projects/" + project + "/technical-plan", GenerationApiTests.plan());
        api.post("/api/projects/" + project + "/technical-plan/approve", null);
        String run = api.post("/api/generate", Map.of("projectId", project, "host", "builtin")).get("id").asString();
        assertThat(api.awaitGeneration(run).get("status").asString()).isEqualTo("SUCCEEDED");
        String userId = jdbc.sql("select id from users where email = ?").param(email).query(String.class).single();
        if (projects.get(userId, project).status() == ProjectStatus.GENERATING) {
            projects.moveTo(userId, project, ProjectStatus.DEPLOYING);
        }
        projects.recordDeployment(userId, project, "http://receitas.localhost:8080/", Instant.now());
        projects.moveTo(userId, project, ProjectStatus.LIVE);
        return project;
    }

    private static void say(HttpApiClient api, String project, String message) throws Exception {
        var events = api.stream("POST", "/api/chat", Map.of("projectId", project, "phase", "iteration", "message", message));
        assertThat(events).as("the reply to %s", message).anyMatch(event -> event.name().equals("done"));
    }

    private long number(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String resource(String path) throws Exception {
        try (var in = ChangePageBrowserTests.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
