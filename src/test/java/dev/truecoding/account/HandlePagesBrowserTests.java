package dev.truecoding.account;

import dev.truecoding.support.Browser;
import dev.truecoding.support.BrowserExtension;
import dev.truecoding.support.EndToEndTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The handle on the sign-up and account pages in a real Chromium, on a 390 px phone and a 1366 px laptop: suggested
 * from the name as it is typed, refused as it is typed, changed on the account page; no page wider than the window.
 */
@EndToEndTest
@ExtendWith(BrowserExtension.class)
class HandlePagesBrowserTests {

    private static final List<Dimension> SIZES = List.of(new Dimension(390, 844), new Dimension(1366, 900));

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void openBrowser(WebDriver browser) {
        this.browser = browser;
    }

    @Test
    void signUpSuggestsAndChecksTheHandleAndTheAccountPageChangesIt() {
        browser.manage().window().setSize(SIZES.get(1));
        browser.get(url("/signup"));
        fill("name", "Ana Souza");
        await(driver -> input("handle").getDomProperty("value").equals("ana-souza"));

        fill("handle", "settings");
        await(driver -> driver.findElement(By.id("handle-error")).getText().contains("used by True Coding's own addresses"));
        fitsAtEveryWidth("sign-up-refused-handle");

        String chosen = "ana-" + UUID.randomUUID().toString().substring(0, 6);
        browser.manage().window().setSize(SIZES.get(1));
        fill("handle", chosen);
        await(driver -> driver.findElement(By.id("handle-error")).getText().isEmpty());
        fill("email", "ana-" + UUID.randomUUID() + "@example.com");
        fill("password", "correct horse battery");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        await(driver -> driver.getCurrentUrl().endsWith("/projects"));

        browser.get(url("/settings/account"));
        assertThat(browser.findElement(By.id("current-handle")).getText()).isEqualTo(chosen);
        fitsAtEveryWidth("account");

        String next = chosen + "-2";
        browser.manage().window().setSize(SIZES.get(0));
        fill("handle", "Not OK");
        await(driver -> driver.findElement(By.id("handle-error")).getText().contains("lower-case letters"));
        fill("handle", next);
        await(driver -> driver.findElement(By.id("handle-error")).getText().isEmpty());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        await(driver -> driver.findElement(By.id("current-handle")).getText().equals(next));
        assertThat(browser.findElement(By.id("handle-changed")).getText()).contains(next, chosen);
        fitsAtEveryWidth("account-handle-changed");
    }

    /** The page is never wider than the window; a screenshot at each width for a person to look at. */
    private void fitsAtEveryWidth(String name) {
        for (Dimension size : SIZES) {
            browser.manage().window().setSize(size);
            long scrollWidth = ((Number) js("return document.documentElement.scrollWidth")).longValue();
            long innerWidth = ((Number) js("return document.documentElement.clientWidth")).longValue();
            assertThat(scrollWidth).as("%s at %d px", name, size.width).isLessThanOrEqualTo(innerWidth);
            Browser.screenshot(browser, "handles-" + size.width + "-" + name);
        }
    }

    private WebElement input(String id) {
        return browser.findElement(By.id(id));
    }

    private void fill(String id, String value) {
        WebElement input = input(id);
        input.clear();
        input.sendKeys(value);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private void await(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition::apply);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
