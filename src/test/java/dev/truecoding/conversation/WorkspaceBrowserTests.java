package dev.truecoding.conversation;

import dev.truecoding.support.Browser;
import dev.truecoding.support.BrowserExtension;
import dev.truecoding.system.DatabaseUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first half of the product in a real Chromium, with the built-in guided assistant and no AI key:
 * sign up, create a project, answer the interview, approve the business plan, add an entity by notation in
 * Planning, approve the technical plan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "truecoding.data-dir=target/test-data",
        "truecoding.database-url=jdbc:h2:mem:truecoding-workspace-browser" + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1",
        "truecoding.assistant.provider=guided"})
@ExtendWith(BrowserExtension.class)
class WorkspaceBrowserTests {

    private static final List<String> INTERVIEW = List.of(
            "A recipe box where families save and share their favourite recipes",
            "1",
            "yes",
            "Family recipes get lost on paper cards and in group chats",
            "Home cooks who keep family recipes",
            "skip",
            "Recipes are scattered, hard to share, cards fade",
            "Recipes, Cookbooks, Search (high)",
            "Meal planner",
            "freemium, pro plan at $3/month",
            "Paprika — built for families first",
            "500 weekly active families in 6 months");

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser(WebDriver browser) {
        this.browser = browser;
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void fromAnIdeaToApprovedPlansWithTheGuidedAssistant() {
        browser.get(url("/signup"));
        browser.findElement(By.id("name")).sendKeys("Ada");
        browser.findElement(By.id("email")).sendKeys("ada-" + UUID.randomUUID() + "@example.com");
        browser.findElement(By.id("password")).sendKeys("analytical engine");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitText(By.tagName("main"), "No projects yet");
        browser.get(url("/projects/new"));
        browser.findElement(By.id("name")).sendKeys("Family cookbook");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitText(By.tagName("h1"), "Family cookbook");

        browser.findElement(By.id("open-workspace")).click();
        awaitText(By.tagName("h1"), "Discovery");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Discovery");
        assertThat(browser.findElement(By.cssSelector(".page-header")).getText()).contains("Guided assistant");

        say("Hi");
        assertThat(lastAssistantMessage()).contains("What's your idea?");
        for (String answer : INTERVIEW) {
            if (answer.equals("skip")) {
                choose("skip");
            } else {
                say(answer);
            }
        }
        Browser.screenshot(browser, "10-discovery-complete");
        assertThat(browser.findElements(By.cssSelector("#progress li.filled"))).hasSizeGreaterThanOrEqualTo(8);
        assertThat(browser.findElement(By.id("plan-panel")).getText()).contains("Business plan").contains("Recipes");

        browser.findElement(By.id("approve-business-plan")).click();
        awaitText(By.tagName("h1"), "Planning");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Planning");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Business plan approved");

        say("Let's plan");
        assertThat(browser.findElement(By.id("plan-panel")).getText()).contains("Technical plan");
        say("entity Ingredient { name: string required, quantity: string }\nrelate Ingredient many-to-one Recipe");
        // Drawn by Mermaid: each entity with its fields (optional ones marked so).
        wait.until(driver -> "yes".equals(driver.findElement(By.cssSelector(".technical-plan-card .mermaid-block")).getAttribute("data-drawn")));
        WebElement diagram = browser.findElement(By.cssSelector(".technical-plan-card .mermaid-target svg"));
        assertThat(diagram.getText()).contains("Ingredient").contains("quantity").contains("optional");
        Browser.screenshot(browser, "11-planning");

        browser.findElement(By.id("approve-technical-plan")).click();
        awaitText(By.cssSelector(".badge-lg"), "Connecting");
        assertThat(browser.findElement(By.cssSelector(".badge-lg")).getText()).isEqualTo("Connecting");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Technical plan approved");
        Browser.screenshot(browser, "12-connecting");
    }

    /** A Portuguese browser: the page and the words chat.js writes (its status line, the bubbles) are Portuguese. */
    @Test
    void thePortugueseChatSpeaksPortuguese(@BrowserExtension.Language("pt-BR") WebDriver portuguese) {
        browser = portuguese;
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.get(url("/signup"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Crie sua conta");
        browser.findElement(By.id("name")).sendKeys("Ada");
        browser.findElement(By.id("email")).sendKeys("ada-" + UUID.randomUUID() + "@example.com");
        browser.findElement(By.id("password")).sendKeys("analytical engine");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(driver -> driver.getCurrentUrl().endsWith("/projects"));
        browser.get(url("/projects/new"));
        browser.findElement(By.id("name")).sendKeys("Receitas da família");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitText(By.tagName("h1"), "Receitas da família");
        browser.findElement(By.id("open-workspace")).click();
        awaitText(By.tagName("h1"), "Descoberta");
        assertThat(browser.findElement(By.cssSelector(".page-header")).getText()).contains("Assistente guiado");

        browser.findElement(By.id("chat-input")).sendKeys(Keys.ENTER);
        assertThat(browser.findElement(By.id("chat-status")).getText()).isEqualTo("Escreva uma mensagem primeiro.");
        say("Oi");
        assertThat(browser.findElements(By.cssSelector("#chat-log .message-meta"))).extracting(WebElement::getText)
                .containsExactly("Você", "Assistente");
        String panel = browser.findElement(By.id("plan-panel")).getText();
        assertThat(panel).contains("Progresso da entrevista", "Ideia e nome").doesNotContain("Interview progress");
        assertThat((Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"))
                .as("the Portuguese workspace fits a phone").isLessThanOrEqualTo(390L);
        Browser.screenshot(browser, "13-discovery-pt-BR-390");
    }

    /** Waits for the page a click leads to: the click returns before the browser has loaded it. */
    private void awaitText(By locator, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(driver -> driver.findElement(locator).getText().contains(text));
    }

    /**
     * Presses one of the quick answers under the last reply, as a person would instead of typing it: scrolled to
     * the middle of the window first, as a person scrolls it out from under the message box that stays on screen.
     */
    private void choose(String choice) {
        int before = browser.findElements(By.cssSelector(".message-assistant")).size();
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#chat-log [data-choice='" + choice + "']")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        wait.until(driver -> driver.findElements(By.cssSelector("#chat-log .message-assistant .prose")).size() > before
                && driver.findElement(By.id("chat-input")).isEnabled());
        assertThat(browser.findElement(By.id("chat-status")).getAttribute("class")).doesNotContain("error");
    }

    private void say(String message) {
        int before = browser.findElements(By.cssSelector(".message-assistant")).size();
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id("chat-input")));
        String[] lines = message.split("\n");
        for (int i = 0; i < lines.length; i++) {
            input.sendKeys(lines[i]);
            if (i < lines.length - 1) {
                input.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
            }
        }
        input.sendKeys(Keys.ENTER);
        wait.until(driver -> driver.findElements(By.cssSelector("#chat-log .message-assistant .prose")).size() > before
                && driver.findElement(By.id("chat-input")).isEnabled());
        assertThat(browser.findElement(By.id("chat-status")).getAttribute("class")).doesNotContain("error");
    }

    private String lastAssistantMessage() {
        List<WebElement> messages = browser.findElements(By.cssSelector(".message-assistant"));
        return messages.getLast().getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
