package dev.truecoding.generation;

import dev.truecoding.support.Browser;
import dev.truecoding.support.BrowserExtension;
import dev.truecoding.support.EndToEndTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * In a real Chromium: approve the plans, open the Connecting step, generate, watch the stage bars fill while the
 * app is installed, tested and built, open the repository page of what was committed, then deploy it, open the
 * live app at its production URL, store a record and see it listed; then change the live app by chat, apply the
 * proposal and find the new field in the live app with the record still there.
 */
@EndToEndTest
@ExtendWith(BrowserExtension.class)
class GenerationBrowserTests {

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void openBrowser(WebDriver browser) {
        boolean npm = CodeValidator.npmAvailable();
        if (!npm && Boolean.getBoolean("truecoding.test.strict")) {
            fail("npm and node must be on PATH: truecoding.test.strict is true");
        }
        assumeTrue(npm, "npm is missing: the generation browser test is skipped");
        this.browser = browser;
    }

    @Test
    void approveGenerateWatchTheStagesAndOpenTheRepository() throws Exception {
        browser.get(url("/signup"));
        fill("name", "Ada");
        fill("email", "ada-" + UUID.randomUUID() + "@example.com");
        fill("password", "analytical engine");
        submit();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> driver.getCurrentUrl().endsWith("/projects"));
        browser.get(url("/projects/new"));
        fill("name", "Recipe Box");
        submit();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> driver.getCurrentUrl().matches(".*/projects/[a-z0-9]{20,}$"));
        String project = browser.getCurrentUrl().replaceAll(".*/projects/", "");

        savePlan(project, "business", resource("/plans/full-business-plan.json"));
        browser.findElement(By.id("approve-business-plan")).click();
        awaitText("main", "Business plan approved");
        savePlan(project, "technical", resource("/plans/full-technical-plan.json"));
        browser.findElement(By.id("approve-technical-plan")).click();
        awaitText("main", "Next: generate your app");

        assertThat(browser.findElement(By.id("generate-step")).getText()).contains("Next: generate your app");
        browser.findElement(By.id("open-generate")).click();
        awaitText("main", "Where your code goes");
        assertThat(browser.findElement(By.id("host-card")).getText())
                .contains("True Coding's built-in git host").contains("Not connected. Connect GitHub to use it.");
        assertThat(browser.findElement(By.cssSelector("input[value=builtin]")).isSelected()).isTrue();
        assertThat(browser.findElement(By.cssSelector("input[value=github]")).isEnabled()).isFalse();
        Browser.screenshot(browser, "generation-01-connecting");

        browser.findElement(By.id("generate-button")).click();

        // The stream moves the bars while the run goes: seen at least once with the validation stage current.
        List<String> seen = new ArrayList<>();
        new WebDriverWait(browser, Duration.ofMinutes(10)).pollingEvery(Duration.ofMillis(200)).until(driver -> {
            List<WebElement> current = driver.findElements(By.cssSelector(".stage-current .stage-label"));
            if (!current.isEmpty()) {
                String label = current.getFirst().getText();
                if (seen.isEmpty() || !seen.getLast().equals(label)) {
                    seen.add(label);
                    if (label.equals("Validating the code")) {
                        Browser.screenshot(driver, "generation-02-validating");
                    }
                }
            }
            return !driver.findElements(By.id("repository-card")).isEmpty();
        });
        assertThat(seen).contains("Validating the code");
        assertThat(browser.findElements(By.cssSelector(".stage-done"))).hasSize(GenerationStage.values().length);
        assertThat(browser.findElement(By.id("run-status")).getText()).isEqualTo("Succeeded");
        assertThat(browser.findElement(By.id("validation-card")).getText()).contains("install", "typecheck", "test", "build")
                .doesNotContain("failed");
        assertThat(browser.findElement(By.id("coverage-card")).getText()).contains("Coverage report");
        assertThat(browser.findElement(By.id("clone-command")).getAttribute("value"))
                .isEqualTo("git clone http://localhost:" + port + "/git/" + ownerOf(browser.findElement(By.id("repository-link")))
                        + "/recipe-box.git");
        Browser.screenshot(browser, "generation-03-ready");

        browser.findElement(By.id("repository-link")).click();
        awaitText("main", "package.json");
        assertThat(browser.getCurrentUrl()).contains("/repositories/");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("package.json").contains("README.md")
                .contains("Generate Recipe Box from its technical plan");
        Browser.screenshot(browser, "generation-04-repository");

        // Deploy it, open the live app (Chromium resolves *.localhost itself), store a record, see it listed.
        browser.get(url("/projects/" + project));
        browser.findElement(By.id("open-deployments")).click();
        awaitText("main", "Deploy the app");
        browser.findElement(By.id("deploy-button")).click();
        new WebDriverWait(browser, Duration.ofMinutes(5)).pollingEvery(Duration.ofMillis(300))
                .until(driver -> !driver.findElements(By.id("production-url")).isEmpty());
        assertThat(browser.findElement(By.id("deploy-status")).getText()).isEqualTo("Ready");
        assertThat(browser.findElement(By.id("history-card")).getText()).contains("live");
        Browser.screenshot(browser, "deploy-01-live");
        String live = browser.findElement(By.id("production-url")).getAttribute("href");
        assertThat(live).matches("http://recipe-box-[a-z0-9]+\\.localhost:" + port + "/");

        // The plan puts creating recipes behind sign-in: the live app asks for it, and takes the record after sign-up.
        browser.get(live + "recipes/new");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().contains("/sign-in"));
        browser.get(live + "sign-up?next=%2Frecipes%2Fnew");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.findElement(By.name("name"))).sendKeys("Ada");
        browser.findElement(By.name("email")).sendKeys("ada@example.com");
        browser.findElement(By.name("password")).sendKeys("correct horse battery");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().endsWith("/recipes/new"));
        WebElement title = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> driver.findElement(By.cssSelector("form.record-form input[name=title]")));
        title.sendKeys("Lentil soup");
        browser.findElement(By.cssSelector("form.record-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().matches(".*/recipes/[^/]+$")
                && !driver.getCurrentUrl().endsWith("/new"));
        browser.get(live + "recipes");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Lentil soup");
        Browser.screenshot(browser, "deploy-02-record-listed");

        // Change the live app by chat: the proposal is read as a diff, applied, its stages followed on the same page;
        // then the live app asks for the new field and still lists the record stored before.
        browser.get(url("/projects/" + project));
        browser.findElement(By.id("change-app")).click();
        WebElement message = new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.findElement(By.id("chat-input")));
        message.sendKeys("add field Recipe.rating: int default 0");
        browser.findElement(By.id("chat-send")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> !driver.findElements(By.id("apply-change")).isEmpty());
        assertThat(browser.findElement(By.id("proposal-changes")).getText()).contains("Recipe.rating");
        assertThat(browser.findElement(By.id("data-effects")).getText()).contains("rating");
        Browser.screenshot(browser, "change-01-proposal");
        browser.findElement(By.id("apply-change")).click();
        new WebDriverWait(browser, Duration.ofMinutes(10)).pollingEvery(Duration.ofMillis(500))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> !driver.findElements(By.cssSelector("#last-change[data-status]")).isEmpty());
        assertThat(browser.findElement(By.id("last-change")).getAttribute("data-status"))
                .as(browser.findElement(By.id("last-change")).getText()).isEqualTo("APPLIED");
        assertThat(browser.findElement(By.id("change-history")).getText()).contains("Recipe.rating");
        Browser.screenshot(browser, "change-02-applied");

        browser.get(live + "recipes");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Lentil soup");
        browser.get(live + "recipes/new");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> driver.findElement(By.cssSelector("form.record-form input[name=rating]")));
        Browser.screenshot(browser, "change-03-live-new-field");
    }

    private static String ownerOf(WebElement link) {
        return link.getText().substring(0, link.getText().indexOf('/'));
    }

    private void savePlan(String project, String kind, String json) {
        browser.get(url("/projects/" + project + "/plans/" + kind + "/edit"));
        WebElement editor = browser.findElement(By.id("planJson"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", editor, json);
        editor.submit();
        awaitText("main", "plan saved");
    }

    /** Waits for the page a click or a submit leads to: Selenium returns before the browser has loaded it. */
    private void awaitText(String tag, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.tagName(tag)).stream().anyMatch(e -> e.getText().contains(text)));
    }

    private static String resource(String path) throws Exception {
        try (InputStream in = GenerationBrowserTests.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void fill(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private void submit() {
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
