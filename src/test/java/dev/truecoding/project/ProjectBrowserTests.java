package dev.truecoding.project;

import dev.truecoding.support.Browser;
import dev.truecoding.support.BrowserExtension;
import dev.truecoding.support.EndToEndTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A newcomer's first visit, in a real Chromium: sign up, create a project, find it, rename, delete, sign out. */
@EndToEndTest
@ExtendWith(BrowserExtension.class)
class ProjectBrowserTests {

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void openBrowser(WebDriver browser) {
        this.browser = browser;
    }

    @Test
    void signUpCreateAProjectSeeItOnTheDashboardAndSignOut() {
        browser.get(url("/"));
        Browser.screenshot(browser, "01-home");
        browser.findElement(By.linkText("Start a project")).click();

        fill("name", "Ada Lovelace");
        fill("email", "ada-" + UUID.randomUUID() + "@example.com");
        fill("password", "analytical engine");
        Browser.screenshot(browser, "02-sign-up");
        submit();
        awaitText("main", "No projects yet");

        assertThat(browser.getCurrentUrl()).endsWith("/projects");
        assertThat(text("main")).contains("No projects yet");
        Browser.screenshot(browser, "03-empty-dashboard");

        browser.findElement(By.linkText("Create your first project")).click();
        awaitText("main", "Project name");
        fill("name", "Recipe <b>box</b>");
        submit();
        awaitText("h1", "Recipe <b>box</b>");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Recipe <b>box</b>");
        assertThat(browser.findElement(By.cssSelector(".step-current")).getText()).contains("Discovery");
        Browser.screenshot(browser, "04-project");

        browser.findElement(By.linkText("Projects")).click();
        awaitText("main", "Discovery");
        WebElement card = browser.findElement(By.cssSelector(".project-card"));
        assertThat(card.getText()).contains("Recipe <b>box</b>").contains("Discovery");
        Browser.screenshot(browser, "05-dashboard");

        browser.manage().window().setSize(new Dimension(390, 844));
        Browser.screenshot(browser, "06-dashboard-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));

        browser.findElement(By.cssSelector("button[type=submit].btn-ghost")).click();
        awaitText("main", "You are signed out.");
        assertThat(browser.getCurrentUrl()).contains("/login");
        assertThat(text("main")).contains("You are signed out.");
        browser.get(url("/projects"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void renameAndDeleteFromTheProjectPage() {
        browser.get(url("/signup"));
        fill("name", "Grace");
        fill("email", "grace-" + UUID.randomUUID() + "@example.com");
        fill("password", "compiler pioneer");
        submit();
        awaitText("main", "No projects yet");
        browser.get(url("/projects/new"));
        fill("name", "Draft");
        submit();
        awaitText("h1", "Draft");

        WebElement name = browser.findElement(By.id("name"));
        name.clear();
        name.sendKeys("Launch plan");
        browser.findElement(By.xpath("//button[text()='Save name']")).click();
        awaitText("main", "Project renamed.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Launch plan");
        assertThat(text("main")).contains("Project renamed.");

        name = browser.findElement(By.id("name"));
        name.clear();
        browser.findElement(By.xpath("//button[text()='Save name']")).click();
        awaitText(".field-error", "Give your project a name.");
        assertThat(text(".field-error")).isEqualTo("Give your project a name.");
        Browser.screenshot(browser, "07-rename-error");

        browser.findElement(By.cssSelector(".danger-zone summary")).click();
        browser.findElement(By.xpath("//button[text()='Delete project']")).click();
        awaitText("main", "deleted");
        assertThat(browser.getCurrentUrl()).endsWith("/projects");
        assertThat(text("main")).contains("Project 'Launch plan' deleted.").contains("No projects yet");
    }

    /** Waits for the page a click leads to: the click returns before the browser has loaded it. */
    private void awaitText(String selector, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(driver -> driver.findElement(By.cssSelector(selector)).getText().contains(text));
    }

    private void fill(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private void submit() {
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
