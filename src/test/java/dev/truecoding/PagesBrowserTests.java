package dev.truecoding;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.git.FileToCommit;
import dev.truecoding.git.GitHost;
import dev.truecoding.git.GitHosts;
import dev.truecoding.git.ProgressListener;
import dev.truecoding.git.RepositoryRef;
import dev.truecoding.project.ProjectService;
import dev.truecoding.support.Browser;
import dev.truecoding.support.BrowserExtension;
import dev.truecoding.system.DatabaseUrl;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of True Coding on a 390 px phone and a 1366 px laptop, in a real Chromium: no page is wider than the
 * window (long code scrolls inside its own block), the workspace's main action is on screen without scrolling,
 * phones get a compact menu that works without JavaScript. One screenshot per page and width lands in
 * target/screenshots/ for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "truecoding.data-dir=target/test-data",
        "truecoding.database-url=jdbc:h2:mem:truecoding-pages-browser" + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1",
        "truecoding.assistant.provider=guided",
        // Generated apps get the static checks only: the generation page is walked with a finished run in seconds.
        "truecoding.generation.npm=false"})
@ExtendWith(BrowserExtension.class)
class PagesBrowserTests {

    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension LAPTOP = new Dimension(1366, 900);

    @LocalServerPort
    int port;

    @Autowired
    GitHosts gitHosts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProjectService projects;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    WebDriver browser;

    @BeforeEach
    void openBrowser(WebDriver browser) {
        this.browser = browser;
    }

    @Test
    void everyPageFitsAPhoneAndALaptop() throws Exception {
        var soft = new SoftAssertions();
        Map<String, String> signedOut = new LinkedHashMap<>();
        signedOut.put("home", "/");
        signedOut.put("sign-up", "/signup");
        signedOut.put("sign-in", "/login");
        checkPages(soft, signedOut);

        // Idea first: typed on the home page, kept through sign-up, and the discovery chat is running after it.
        String email = "ada-" + UUID.randomUUID() + "@example.com";
        browser.manage().window().setSize(LAPTOP);
        browser.get(url("/"));
        fill("idea", "A recipe box where families save and share their favourite recipes");
        browser.findElement(By.id("start-idea")).click();
        awaitText("#pending-idea", "A recipe box where families");
        fill("name", "Ada Lovelace of the Analytical Engine Society");
        fill("email", email);
        fill("password", "analytical engine");
        Browser.screenshot(browser, "pages-1366-sign-up-with-idea");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        await(driver -> driver.getCurrentUrl().endsWith("/workspace"));
        assertThat(browser.findElement(By.cssSelector(".breadcrumb")).getText()).contains("Recipe box");
        assertThat(browser.findElements(By.cssSelector("#chat-log .message-user")).getFirst().getText())
                .contains("A recipe box where families save and share their favourite recipes");
        assertThat(browser.findElements(By.cssSelector("#chat-log .message-assistant"))).hasSize(1);
        String project = browser.getCurrentUrl().replaceAll(".*(/projects/[a-z0-9]+)/workspace$", "$1");

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home-signed-in", "/");
        pages.put("new-project", "/projects/new");
        pages.put("access-tokens", "/settings/tokens");
        pages.put("github-settings", "/settings/github");
        pages.put("vercel-settings", "/settings/vercel");
        pages.put("not-found", "/projects/no-such-project");
        checkPages(soft, pages);

        browser.get(url(project + "/workspace"));
        say("Family recipes with a rather long name for a small screen");
        pages.clear();
        pages.put("project-discovery", project);
        pages.put("workspace-discovery", project + "/workspace");
        checkPages(soft, pages);
        checkMainActions(soft, project + "/workspace", "discovery", "#chat-send");

        savePlan(project, "business", resource("/plans/full-business-plan.json"));
        pages.clear();
        pages.put("plan-editor", project + "/plans/business/edit");
        pages.put("workspace-discovery-plan", project + "/workspace");
        checkPages(soft, pages);
        checkMainActions(soft, project + "/workspace", "discovery-plan", "#approve-business-plan");

        browser.get(url(project + "/workspace"));
        browser.findElement(By.id("approve-business-plan")).click();
        awaitText("h1", "Planning");
        // Planning has started by itself: the technical plan is there before the person wrote anything.
        assertThat(browser.findElement(By.id("plan-panel")).getText()).contains("Technical plan");
        say("help");
        savePlan(project, "technical", resource("/plans/full-technical-plan.json"));
        pages.clear();
        pages.put("workspace-planning", project + "/workspace");
        checkPages(soft, pages);
        checkMainActions(soft, project + "/workspace", "planning", "#chat-send", "#approve-technical-plan");
        checkCodeScrollsInItsBlock(soft, project + "/workspace");
        checkDiagram(soft, project + "/workspace", "full", 2);

        savePlan(project, "technical", twentyEntities());
        pages.clear();
        pages.put("workspace-planning-twenty-entities", project + "/workspace");
        checkPages(soft, pages);
        checkDiagram(soft, project + "/workspace", "twenty", 20);

        browser.get(url(project + "/workspace"));
        browser.findElement(By.id("approve-technical-plan")).click();
        awaitText("main", "Next: generate your app");
        browser.manage().window().setSize(LAPTOP);
        browser.get(url(project + "/generate"));
        browser.findElement(By.id("generate-button")).click();
        new WebDriverWait(browser, Duration.ofMinutes(2)).until(driver -> !driver.findElements(By.id("repository-card")).isEmpty());
        String generated = browser.findElement(By.id("repository-link")).getAttribute("href").replaceAll("^https?://[^/]+", "");
        pages.clear();
        pages.put("generate-done", project + "/generate");
        pages.put("generated-repository", generated);
        checkPages(soft, pages);
        checkCoverageFitsItsCard(soft, project + "/generate");

        String repositoryPath = commitSampleRepository(email, project.substring("/projects/".length()));
        pages.clear();
        pages.put("project-connecting", project);
        pages.put("generate", project + "/generate");
        pages.put("deployments", project + "/deployments");
        pages.put("plan-versions", project + "/versions");
        pages.put("projects", "/projects");
        pages.put("repository", repositoryPath);
        pages.put("repository-file", repositoryPath + "/blob/src/lib/recipes.ts");
        pages.put("repository-commits", repositoryPath + "/commits");
        checkPages(soft, pages);

        checkRepositoryPages(soft, repositoryPath, project);
        checkPlanVersionsOnAPhone(soft, project);
        checkNotFound(soft);
        checkPhoneMenu(soft);
        checkTimesInThePersonsZone(soft);
        checkLiveWorkspace(soft, email, project);
        soft.assertAll();
    }

    /** Each page at both widths: never wider than the window, and a screenshot of it. */
    private void checkPages(SoftAssertions soft, Map<String, String> pages) {
        for (Dimension size : List.of(PHONE, LAPTOP)) {
            browser.manage().window().setSize(size);
            pages.forEach((name, path) -> {
                browser.get(url(path));
                long scrollWidth = number("return document.documentElement.scrollWidth");
                long innerWidth = number("return document.documentElement.clientWidth");
                soft.assertThat(scrollWidth).as("%s at %d px: page width (widest element: %s)", name, size.width, widest())
                        .isLessThanOrEqualTo(innerWidth);
                Browser.screenshot(browser, "pages-" + size.width + "-" + name);
            });
        }
    }

    /** The phase's main actions are on screen as the page opens, at both widths. */
    private void checkMainActions(SoftAssertions soft, String path, String name, String... selectors) {
        for (Dimension size : List.of(PHONE, LAPTOP)) {
            browser.manage().window().setSize(size);
            browser.get(url(path));
            for (String selector : selectors) {
                WebElement action = browser.findElement(By.cssSelector(selector));
                soft.assertThat(onScreen(action)).as("%s at %d px: %s on screen without scrolling", name, size.width, selector)
                        .isTrue();
            }
        }
    }

    /**
     * The data model is drawn by Mermaid at both widths: every entity in it, scaled to the panel but not below the
     * size where names stay readable (a larger diagram scrolls inside its panel, never the page).
     */
    private void checkDiagram(SoftAssertions soft, String path, String name, int entities) {
        for (Dimension size : List.of(PHONE, LAPTOP)) {
            browser.manage().window().setSize(size);
            browser.get(url(path));
            WebElement block = browser.findElement(By.cssSelector(".technical-plan-card .mermaid-block"));
            await(driver -> block.getAttribute("data-drawn") != null && !"pending".equals(block.getAttribute("data-drawn")));
            soft.assertThat(block.getAttribute("data-drawn")).as("%s diagram drawn by Mermaid at %d px", name, size.width).isEqualTo("yes");
            WebElement svg = block.findElement(By.cssSelector(".mermaid-target svg"));
            soft.assertThat(svg.findElements(By.cssSelector("g.node, g[id*='entity']"))).as("%s diagram's entities", name)
                    .hasSizeGreaterThanOrEqualTo(entities);
            soft.assertThat(block.findElement(By.cssSelector(".diagram-fallback")).isDisplayed()).as("fallback hidden").isFalse();
            double natural = ((Number) js("return arguments[0].viewBox.baseVal.width", svg)).doubleValue();
            double drawn = svg.getSize().width;
            soft.assertThat(drawn / natural).as("%s diagram at %d px stays readable", name, size.width).isGreaterThanOrEqualTo(0.69);
            long panel = number("return arguments[0].clientWidth", block.findElement(By.cssSelector(".mermaid-target")));
            if (natural <= panel) {
                soft.assertThat(drawn).as("%s diagram at %d px is drawn at its full size", name, size.width).isGreaterThanOrEqualTo(natural - 1);
            }
            soft.assertThat(number("return document.documentElement.scrollWidth")).as("%s diagram page width", name)
                    .isLessThanOrEqualTo(number("return document.documentElement.clientWidth"));
            js("arguments[0].scrollIntoView()", block);
            Browser.screenshot(browser, "pages-" + size.width + "-diagram-" + name);
        }
    }

    /** The coverage report's table, opened, stays inside its card on a phone (scrolling there if it must). */
    private void checkCoverageFitsItsCard(SoftAssertions soft, String path) {
        for (Dimension size : List.of(PHONE, LAPTOP)) {
            browser.manage().window().setSize(size);
            browser.get(url(path));
            WebElement card = browser.findElement(By.id("coverage-card"));
            card.findElement(By.tagName("summary")).click();
            WebElement table = card.findElement(By.tagName("table"));
            soft.assertThat(table.isDisplayed()).isTrue();
            long cardRight = number("return arguments[0].getBoundingClientRect().right", card);
            long tableBoxRight = number("return arguments[0].parentElement.getBoundingClientRect().right", table);
            soft.assertThat(tableBoxRight).as("coverage table's box inside its card at %d px", size.width).isLessThanOrEqualTo(cardRight);
            soft.assertThat(number("return document.documentElement.scrollWidth")).as("generate page with the coverage open at %d px", size.width)
                    .isLessThanOrEqualTo(number("return document.documentElement.clientWidth"));
            js("arguments[0].scrollIntoView()", card);
            Browser.screenshot(browser, "pages-" + size.width + "-coverage-open");
        }
    }

    /** Long code in the chat scrolls inside its own block rather than widening the page. */
    private void checkCodeScrollsInItsBlock(SoftAssertions soft, String path) {
        browser.manage().window().setSize(PHONE);
        browser.get(url(path));
        List<WebElement> blocks = browser.findElements(By.cssSelector("#chat-log pre"));
        soft.assertThat(blocks).as("the planning help shows code blocks").isNotEmpty();
        for (WebElement block : blocks) {
            long scrollWidth = number("return arguments[0].scrollWidth", block);
            long clientWidth = number("return arguments[0].clientWidth", block);
            String overflow = (String) js("return getComputedStyle(arguments[0]).overflowX", block);
            soft.assertThat(clientWidth).as("a code block is no wider than the phone").isLessThanOrEqualTo(390);
            if (scrollWidth > clientWidth) {
                soft.assertThat(overflow).as("a code block wider than its box scrolls").isIn("auto", "scroll");
            }
        }
    }

    /** A missing page says so in plain words, and a signed-in person keeps their header (visitors are asked to sign in). */
    /** A phone sees each version's number, time, commit and deployment, and the diff of the two approvals. */
    private void checkPlanVersionsOnAPhone(SoftAssertions soft, String project) {
        browser.manage().window().setSize(PHONE);
        browser.get(url(project + "/versions"));
        for (WebElement cell : browser.findElements(By.cssSelector("#versions-card tr[data-version='2'] td"))) {
            soft.assertThat(cell.isDisplayed()).as("plan versions at 390 px: every column shown").isTrue();
        }
        soft.assertThat(browser.findElements(By.cssSelector("#versions-card tr[data-version='2'] td"))).hasSize(3);
        soft.assertThat(browser.findElement(By.id("diff-title")).getText()).isEqualTo("v1 → v2");
        soft.assertThat(browser.findElements(By.cssSelector("#diff-changes li.diff-added"))).isNotEmpty();
    }

    private void checkNotFound(SoftAssertions soft) {
        browser.manage().window().setSize(LAPTOP);
        for (String path : List.of("/projects/no-such-project", "/no-such-page")) {
            browser.get(url(path));
            soft.assertThat(browser.findElement(By.tagName("h1")).getText()).as("404 of %s", path).isEqualTo("Page not found");
            soft.assertThat(browser.findElements(By.xpath("//header//button[text()='Sign out']")))
                    .as("404 of %s keeps the signed-in header", path).isNotEmpty();
        }
    }

    /** The repository page renders its README, colours code and leads back to its project. */
    private void checkRepositoryPages(SoftAssertions soft, String repositoryPath, String project) {
        browser.manage().window().setSize(LAPTOP);
        browser.get(url(repositoryPath));
        WebElement readme = browser.findElement(By.id("readme"));
        soft.assertThat(readme.findElement(By.tagName("h1")).getText()).isEqualTo("Family recipes");
        soft.assertThat(readme.findElements(By.cssSelector("table td"))).extracting(WebElement::getText).contains("Recipes", "generated");
        await(driver -> !driver.findElements(By.cssSelector("#readme pre code.hljs")).isEmpty());
        soft.assertThat(browser.findElement(By.id("repository-project")).getAttribute("href")).endsWith(project);
        Browser.screenshot(browser, "pages-1366-repository-readme");
        browser.get(url(repositoryPath + "/blob/src/lib/recipes.ts"));
        await(driver -> !driver.findElements(By.cssSelector(".line-code .hljs-keyword")).isEmpty());
        soft.assertThat(browser.findElement(By.cssSelector(".line-code .hljs-keyword")).getText()).isEqualTo("export");
        soft.assertThat(browser.findElement(By.cssSelector(".line-code")).getText()).startsWith("export const recipes = [");
    }

    /** Times are shown in the zone the browser is in, named; the first page of a visit, before it has said so, in UTC. */
    private void checkTimesInThePersonsZone(SoftAssertions soft) {
        ((org.openqa.selenium.chromium.HasCdp) browser).executeCdpCommand("Emulation.setTimezoneOverride",
                Map.of("timezoneId", "America/Sao_Paulo"));
        browser.get(url("/projects"));
        browser.get(url("/projects"));
        soft.assertThat(browser.findElement(By.cssSelector(".project-card .meta")).getText()).as("times in the browser's zone")
                .contains("GMT-03:00").doesNotContain("UTC");
    }

    /** On a phone the navigation is one row: a menu that opens (a details element, so no script is needed). */
    private void checkPhoneMenu(SoftAssertions soft) {
        browser.manage().window().setSize(PHONE);
        browser.get(url("/projects"));
        WebElement topbar = browser.findElement(By.cssSelector(".topbar"));
        soft.assertThat(topbar.getSize().height).as("the phone's top bar is one row").isLessThan(72);
        WebElement menu = browser.findElement(By.cssSelector("details.nav-menu"));
        soft.assertThat(menu.isDisplayed()).as("the phone menu is shown").isTrue();
        WebElement projects = menu.findElement(By.cssSelector("a[href='/projects']"));
        soft.assertThat(projects.isDisplayed()).as("the menu starts closed").isFalse();
        menu.findElement(By.tagName("summary")).click();
        soft.assertThat(projects.isDisplayed()).as("the opened menu shows the links").isTrue();
        soft.assertThat(onScreen(menu.findElement(By.cssSelector("button[type=submit]")))).as("sign out in the menu").isTrue();
        Browser.screenshot(browser, "pages-390-menu-open");

        browser.manage().window().setSize(LAPTOP);
        browser.get(url("/projects"));
        soft.assertThat(browser.findElement(By.cssSelector("details.nav-menu")).isDisplayed()).as("no menu on a laptop").isFalse();
        soft.assertThat(browser.findElement(By.linkText("Projects")).isDisplayed()).as("links inline on a laptop").isTrue();
    }

    /**
     * Once live, the project page offers to change the app and the workspace is where that happens: a change asked in
     * plain words shows as a diff of the plans with what it does to the stored records, the chat still on screen.
     */
    private void checkLiveWorkspace(SoftAssertions soft, String email, String project) {
        String userId = jdbc.sql("select id from users where email = ?").param(email).query(String.class).single();
        String projectId = project.substring("/projects/".length());
        if (projects.get(userId, projectId).status() == dev.truecoding.project.ProjectStatus.GENERATING) {
            projects.moveTo(userId, projectId, dev.truecoding.project.ProjectStatus.DEPLOYING);
        }
        projects.recordDeployment(userId, projectId, "http://family-recipes.localhost:8080/", java.time.Instant.now());
        projects.moveTo(userId, projectId, dev.truecoding.project.ProjectStatus.LIVE);

        browser.manage().window().setSize(LAPTOP);
        browser.get(url(project));
        browser.findElement(By.id("change-app")).click();
        awaitText("h1", "Change your app");
        say("add a rating to products");
        awaitText("#proposal-card", "Product.rating");
        soft.assertThat(browser.findElements(By.cssSelector("#proposal-changes li.diff-added .diff-kind")))
                .extracting(WebElement::getText).as("the change's kind in words").contains("ADDED");
        soft.assertThat(browser.findElement(By.id("data-effects")).getText()).as("the live data it touches").contains("products.rating");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("project-live", project);
        pages.put("workspace-live-proposal", project + "/workspace");
        checkPages(soft, pages);
        checkMainActions(soft, project + "/workspace", "live", "#chat-send");
        for (Dimension size : List.of(PHONE, LAPTOP)) {
            browser.manage().window().setSize(size);
            browser.get(url(project + "/workspace"));
            WebElement proposal = browser.findElement(By.id("proposal-card"));
            js("arguments[0].scrollIntoView()", proposal);
            soft.assertThat(proposal.findElement(By.id("apply-change")).isDisplayed()).as("apply at %d px", size.width).isTrue();
            Browser.screenshot(browser, "pages-" + size.width + "-workspace-live-proposal-card");
        }
        soft.assertThat(number("return arguments[0].getBoundingClientRect().top", browser.findElement(By.id("proposal-card"))))
                .as("the proposal heads the panel").isLessThan(
                        number("return arguments[0].getBoundingClientRect().top", browser.findElement(By.cssSelector(".technical-plan-card"))));
    }

    /** A repository on the built-in host with a README and code long enough to need scrolling. */
    private String commitSampleRepository(String email, String projectId) {
        String userId = jdbc.sql("select id from users where email = ?").param(email).query(String.class).single();
        var owner = new SignedInUser(userId, email, "Ada");
        GitHost host = gitHosts.byId(GitHost.BUILT_IN);
        RepositoryRef repository = host.createRepository(owner, "family-recipes");
        String longLine = "export const recipes = [" + "\"a family recipe with a long name\", ".repeat(12) + "];";
        host.commitFiles(owner, repository, List.of(
                FileToCommit.text("README.md", """
                        # Family recipes

                        A recipe box where families save and share their favourite recipes.

                        ## Run it

                        ```bash
                        npm ci && npm run dev -- --port 3000 --hostname 0.0.0.0 # then open http://localhost:3000 in your browser
                        ```

                        | part | status |
                        | --- | --- |
                        | Recipes | generated |
                        """),
                FileToCommit.text("src/lib/recipes.ts", longLine + "\n")),
                "Generate Family recipes from its technical plan", "True Coding", "bot@example.com", ProgressListener.NONE);
        projects.recordRepository(userId, projectId, GitHost.BUILT_IN, repository.owner(), repository.name(), repository.webUrl());
        return "/repositories/" + repository.owner() + "/" + repository.name();
    }

    private boolean onScreen(WebElement element) {
        return Boolean.TRUE.equals(js("""
                const r = arguments[0].getBoundingClientRect();
                return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0
                    && r.bottom <= window.innerHeight && r.right <= window.innerWidth;""", element));
    }

    /** Names the element reaching furthest right, so a failure says what to fix. */
    private String widest() {
        return (String) js("""
                let widest = null, right = 0;
                for (const e of document.querySelectorAll('body *')) {
                  const r = e.getBoundingClientRect();
                  if (r.right > right) { right = r.right; widest = e; }
                }
                return widest ? widest.tagName.toLowerCase() + '.' + [...widest.classList].join('.') + ' (' + Math.round(right) + ' px)' : 'none';""");
    }

    private void say(String message) {
        int before = browser.findElements(By.cssSelector("#chat-log .message-assistant .prose")).size();
        WebElement input = browser.findElement(By.id("chat-input"));
        input.sendKeys(message);
        input.sendKeys(Keys.ENTER);
        await(driver -> driver.findElements(By.cssSelector("#chat-log .message-assistant .prose")).size() > before
                && driver.findElement(By.id("chat-input")).isEnabled());
    }

    private void savePlan(String project, String kind, String json) {
        browser.get(url(project + "/plans/" + kind + "/edit"));
        WebElement editor = browser.findElement(By.id("planJson"));
        js("arguments[0].value = arguments[1];", editor, json);
        editor.submit();
        try {
            awaitText("main", "plan saved");
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("The " + kind + " plan was not saved: " + browser.findElement(By.tagName("main")).getText(), e);
        }
    }

    private void await(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(condition);
    }

    private void awaitText(String selector, String text) {
        await(driver -> driver.findElement(By.cssSelector(selector)).getText().contains(text));
    }

    private void fill(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private long number(String script, Object... arguments) {
        return ((Number) js(script, arguments)).longValue();
    }

    /** The generator's 20-entity sample plan, completed where the generator is lenient (pages without components). */
    private String twentyEntities() throws Exception {
        var plan = (tools.jackson.databind.node.ObjectNode) json.readTree(resource("/generation/plans/twenty.json"));
        plan.withArray("pages").forEach(page -> {
            if (!page.has("components")) {
                ((tools.jackson.databind.node.ObjectNode) page).putArray("components");
            }
        });
        return json.writeValueAsString(plan);
    }

    private static String resource(String path) throws Exception {
        try (InputStream in = PagesBrowserTests.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
