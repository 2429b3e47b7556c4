package dev.truecoding.git.local;

import dev.truecoding.account.AccountService;
import dev.truecoding.account.SignedInUser;
import dev.truecoding.git.FileToCommit;
import dev.truecoding.git.GitHost;
import dev.truecoding.git.ProgressListener;
import dev.truecoding.git.RepositoryRef;
import dev.truecoding.support.CookieClient;
import dev.truecoding.support.GitCommand;
import dev.truecoding.system.DatabaseUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The built-in host through the real {@code git} client over smart HTTP, on a real port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "truecoding.data-dir=target/test-data-git",
        "truecoding.database-url=jdbc:h2:mem:truecoding-git-tests" + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1"})
@ExtendWith(OutputCaptureExtension.class)
class GitSmartHttpTests {

    @LocalServerPort
    int port;

    @Autowired
    LocalGitHost host;

    @Autowired
    AccountService accounts;

    @Autowired
    dev.truecoding.project.ProjectService projects;

    @Autowired
    dev.truecoding.project.PlanReview review;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @TempDir
    Path scratch;

    private GitCommand git;
    private Person ada;
    private RepositoryRef repository;
    private String firstCommit;

    record Person(String email, String token, SignedInUser user) {
    }

    @BeforeEach
    void aRepositoryWithOneCommit() throws Exception {
        assumeTrue(GitCommand.available() || Boolean.getBoolean("truecoding.test.strict"), "the git client is not installed");
        git = new GitCommand(scratch);
        ada = signUp();
        repository = host.createRepository(ada.user(), "Recipe Box");
        firstCommit = host.commitFiles(ada.user(), repository, List.of(
                        FileToCommit.text("README.md", "# Recipe box\n"),
                        FileToCommit.text("app/page.tsx", "export default function Page() { return null; }\n")),
                "Generate Recipe box", "True Coding", "generator@truecoding.dev", ProgressListener.NONE).sha();
    }

    private Person signUp() throws Exception {
        String email = "git-" + UUID.randomUUID() + "@example.com";
        String token = new CookieClient().signUpAndCreateToken("http://localhost:" + port, email);
        return new Person(email, token, accounts.authenticateWithToken(email, token).orElseThrow());
    }

    private String url(RepositoryRef ref) {
        return "http://localhost:" + port + "/git/" + ref.owner() + "/" + ref.name() + ".git";
    }

    @Test
    void theOwnerClonesTheCommittedFilesWithTheRealGitClient() throws Exception {
        var clone = git.run(scratch, ada.email(), ada.token(), "clone", url(repository), "work");

        assertThat(clone.succeeded()).as(clone.output()).isTrue();
        assertThat(clone.output()).doesNotContain(ada.token());
        Path work = scratch.resolve("work");
        assertThat(Files.readString(work.resolve("README.md"))).isEqualTo("# Recipe box\n");
        assertThat(work.resolve("app/page.tsx")).exists();
        assertThat(Files.readString(work.resolve(".git/config"))).doesNotContain(ada.token());
        var log = git.run(work, null, null, "log", "--format=%H %an %s");
        assertThat(log.output().strip()).isEqualTo(firstCommit + " True Coding Generate Recipe box");
        // Addresses name the person's handle (from the name they signed up with), never their id.
        assertThat(ada.user().handle()).startsWith("streamer").isNotEqualTo(ada.user().id());
        assertThat(repository.cloneUrl()).endsWith("/git/" + ada.user().handle() + "/recipe-box.git")
                .doesNotContain(ada.user().id());
    }

    @Test
    void theAddressAProjectShowsClonesWithGitAndOpensThePageInABrowser() throws Exception {
        String shown = host.projectUrl(repository);

        var clone = git.run(scratch, ada.email(), ada.token(), "clone", shown, "shown");
        assertThat(clone.succeeded()).as(clone.output()).isTrue();
        assertThat(Files.readString(scratch.resolve("shown/README.md"))).isEqualTo("# Recipe box\n");

        var anonymous = get(shown, null);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/repositories/" + ada.user().handle() + "/recipe-box"));
        CookieClient browser = new CookieClient();
        String email = "page-" + UUID.randomUUID() + "@example.com";
        String token = browser.signUpAndCreateToken("http://localhost:" + port, email);
        SignedInUser grace = accounts.authenticateWithToken(email, token).orElseThrow();
        RepositoryRef graces = host.createRepository(grace, "Garden");
        host.commitFiles(grace, graces, List.of(FileToCommit.text("README.md", "# Garden\n")), "Generate Garden",
                "True Coding", "generator@truecoding.dev", ProgressListener.NONE);
        var page = browser.browse(host.projectUrl(graces));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("git clone " + graces.cloneUrl(), "README.md");
    }

    /** Clones made before people had handles keep their {@code /git/<user-id>/…} remote: it still fetches and pushes. */
    @Test
    void theOldAddressWithTheUserIdStillClonesAndPushes() throws Exception {
        String old = "http://localhost:" + port + "/git/" + ada.user().id() + "/" + repository.name() + ".git";
        var clone = git.run(scratch, ada.email(), ada.token(), "clone", old, "old");
        assertThat(clone.succeeded()).as(clone.output()).isTrue();
        Path work = scratch.resolve("old");
        assertThat(Files.readString(work.resolve("README.md"))).isEqualTo("# Recipe box\n");
        Files.writeString(work.resolve("NOTES.md"), "pushed to the old address\n");
        assertThat(git.run(work, null, null, "add", "NOTES.md").succeeded()).isTrue();
        assertThat(git.run(work, null, null, "commit", "-m", "Add notes").succeeded()).isTrue();
        var push = git.run(work, ada.email(), ada.token(), "push", "origin", "main");
        assertThat(push.succeeded()).as(push.output()).isTrue();
        assertThat(host.headCommit(ada.user(), repository))
                .contains(git.run(work, null, null, "rev-parse", "HEAD").output().strip());

        // Someone else's id is as unknown as their handle.
        Person grace = signUp();
        String graces = "http://localhost:" + port + "/git/" + grace.user().id() + "/" + repository.name() + ".git";
        assertThat(git.run(scratch, ada.email(), ada.token(), "clone", graces, "graces").succeeded()).isFalse();
        assertThat(get(graces + "/info/refs?service=git-upload-pack", basic(grace.email(), grace.token())).statusCode())
                .isEqualTo(404);
    }

    @Test
    void anOldPageAddressWithTheUserIdMovesToTheHandle() throws Exception {
        CookieClient browser = new CookieClient();
        String email = "old-page-" + UUID.randomUUID() + "@example.com";
        String token = browser.signUpAndCreateToken("http://localhost:" + port, email);
        SignedInUser grace = accounts.authenticateWithToken(email, token).orElseThrow();
        RepositoryRef graces = host.createRepository(grace, "Garden");
        host.commitFiles(grace, graces, List.of(FileToCommit.text("README.md", "# Garden\n")), "Generate Garden",
                "True Coding", "generator@truecoding.dev", ProgressListener.NONE);

        var page = browser.browse("http://localhost:" + port + "/repositories/" + grace.id() + "/garden/blob/README.md");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/repositories/" + grace.handle() + "/garden/blob/README.md");
        assertThat(page.body()).contains("# Garden");
        assertThat(browser.browse("http://localhost:" + port + "/repositories/" + ada.user().id() + "/recipe-box")
                .statusCode()).isEqualTo(404);
    }

    /**
     * After a handle change the new address clones, the old one still clones and pushes (a handle given up stays
     * its owner's), a browser opening the old address lands on the page under the new handle, and the project
     * shows the new address. Nobody else reaches the repository through the old handle.
     */
    @Test
    void afterAHandleChangeTheOldAndTheNewAddressBothCloneAndTheOldPageMoves() throws Exception {
        CookieClient browser = new CookieClient();
        String email = "renamed-" + UUID.randomUUID() + "@example.com";
        String token = browser.signUpAndCreateToken("http://localhost:" + port, email);
        SignedInUser before = accounts.authenticateWithToken(email, token).orElseThrow();
        RepositoryRef garden = host.createRepository(before, "Garden");
        host.commitFiles(before, garden, List.of(FileToCommit.text("README.md", "# Garden\n")), "Generate Garden",
                "True Coding", "generator@truecoding.dev", ProgressListener.NONE);
        var project = projects.create(before.id(), "Garden");
        projects.recordRepository(before.id(), project.id(), GitHost.BUILT_IN, garden.owner(), garden.name(), host.projectUrl(garden));
        String newHandle = "gardener-" + UUID.randomUUID().toString().substring(0, 8);

        var changed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"handle\":\"" + newHandle + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        String oldUrl = "http://localhost:" + port + "/git/" + before.handle() + "/garden.git";
        String newUrl = "http://localhost:" + port + "/git/" + newHandle + "/garden.git";
        var fresh = git.run(scratch, email, token, "clone", newUrl, "new");
        assertThat(fresh.succeeded()).as(fresh.output()).isTrue();
        assertThat(Files.readString(scratch.resolve("new/README.md"))).isEqualTo("# Garden\n");
        var old = git.run(scratch, email, token, "clone", oldUrl, "old");
        assertThat(old.succeeded()).as(old.output()).isTrue();
        Path work = scratch.resolve("old");
        Files.writeString(work.resolve("NOTES.md"), "pushed to the old handle\n");
        assertThat(git.run(work, null, null, "add", "NOTES.md").succeeded()).isTrue();
        assertThat(git.run(work, null, null, "commit", "-m", "Add notes").succeeded()).isTrue();
        var push = git.run(work, email, token, "push", "origin", "main");
        assertThat(push.succeeded()).as(push.output()).isTrue();
        var pulled = git.run(scratch.resolve("new"), email, token, "pull", "--ff-only");
        assertThat(pulled.succeeded()).as(pulled.output()).isTrue();
        assertThat(Files.readString(scratch.resolve("new/NOTES.md"))).isEqualTo("pushed to the old handle\n");

        var page = browser.browse(oldUrl);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/repositories/" + newHandle + "/garden");
        assertThat(page.body()).contains("git clone " + newUrl);
        assertThat(projects.get(before.id(), project.id()).githubRepoUrl()).isEqualTo(newUrl);
        assertThat(projects.get(before.id(), project.id()).githubRepoOwner()).isEqualTo(newHandle);

        var someoneElse = git.run(scratch, ada.email(), ada.token(), "clone", oldUrl, "theirs");
        assertThat(someoneElse.succeeded()).isFalse();
        assertThat(someoneElse.output()).contains("not found");
    }

    /**
     * A project whose built-in repository exists when its business plan is approved: the repository takes the
     * plan's name, the new address clones, the old one still clones and pushes, its page moves to the new name,
     * and the old name is not handed to the next repository.
     */
    @Test
    void approvingTheBusinessPlanRenamesTheBuiltInRepositoryAndTheOldAddressKeepsWorking() throws Exception {
        CookieClient browser = new CookieClient();
        String email = "plan-name-" + UUID.randomUUID() + "@example.com";
        String token = browser.signUpAndCreateToken("http://localhost:" + port, email);
        SignedInUser person = accounts.authenticateWithToken(email, token).orElseThrow();
        var project = projects.create(person.id(), "Family recipes");
        var plan = (tools.jackson.databind.node.ObjectNode) json.readTree(
                getClass().getResourceAsStream("/plans/full-business-plan.json"));
        plan.put("name", "Recipe Tin");
        review.putBusinessPlan(person.id(), project.id(), plan);
        RepositoryRef old = host.createRepository(person, project.name());
        host.commitFiles(person, old, List.of(FileToCommit.text("README.md", "# Family recipes\n")), "Generate",
                "True Coding", "generator@truecoding.dev", ProgressListener.NONE);
        projects.recordRepository(person.id(), project.id(), GitHost.BUILT_IN, old.owner(), old.name(), host.projectUrl(old));

        review.approveBusinessPlan(person.id(), project.id(), false);

        var stored = projects.get(person.id(), project.id());
        assertThat(stored.name()).isEqualTo("Recipe Tin");
        assertThat(stored.githubRepoName()).isEqualTo("recipe-tin");
        String newUrl = "http://localhost:" + port + "/git/" + person.handle() + "/recipe-tin.git";
        assertThat(stored.githubRepoUrl()).isEqualTo(newUrl);
        var fresh = git.run(scratch, email, token, "clone", newUrl, "tin");
        assertThat(fresh.succeeded()).as(fresh.output()).isTrue();
        assertThat(Files.readString(scratch.resolve("tin/README.md"))).isEqualTo("# Family recipes\n");
        var before = git.run(scratch, email, token, "clone", old.cloneUrl(), "family");
        assertThat(before.succeeded()).as(before.output()).isTrue();
        Path work = scratch.resolve("family");
        Files.writeString(work.resolve("NOTES.md"), "pushed to the old name\n");
        assertThat(git.run(work, null, null, "add", "NOTES.md").succeeded()).isTrue();
        assertThat(git.run(work, null, null, "commit", "-m", "Add notes").succeeded()).isTrue();
        var push = git.run(work, email, token, "push", "origin", "main");
        assertThat(push.succeeded()).as(push.output()).isTrue();
        assertThat(host.findRepository(person, "recipe-tin").flatMap(ref -> host.headCommit(person, ref)))
                .contains(git.run(work, null, null, "rev-parse", "HEAD").output().strip());

        var page = browser.browse(old.cloneUrl());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/repositories/" + person.handle() + "/recipe-tin");
        assertThat(page.body()).contains("git clone " + newUrl);
        assertThat(host.createRepository(person, "Family recipes").name()).isEqualTo("family-recipes-2");
    }

    @Test
    void theOwnerPushesANewCommitThatTheHostSees(CapturedOutput logs) throws Exception {
        assertThat(git.run(scratch, ada.email(), ada.token(), "clone", url(repository), "work").succeeded()).isTrue();
        Path work = scratch.resolve("work");
        Files.writeString(work.resolve("NOTES.md"), "edited outside True Coding\n");
        assertThat(git.run(work, null, null, "add", "NOTES.md").succeeded()).isTrue();
        assertThat(git.run(work, null, null, "commit", "-m", "Add notes").succeeded()).isTrue();

        var push = git.run(work, ada.email(), ada.token(), "push", "origin", "main");

        assertThat(push.succeeded()).as(push.output()).isTrue();
        String pushed = git.run(work, null, null, "rev-parse", "HEAD").output().strip();
        assertThat(host.headCommit(ada.user(), repository)).contains(pushed);
        assertThat(pushed).isNotEqualTo(firstCommit);
        assertThat(logs.getAll()).doesNotContain(ada.token());
    }

    @Test
    void gitIsRefusedWithoutCredentialsWithAWrongTokenAndForSomeoneElsesRepository(CapturedOutput logs) throws Exception {
        assertThat(git.run(scratch, null, null, "clone", url(repository), "anonymous").succeeded()).isFalse();
        var wrong = git.run(scratch, ada.email(), "tcp_wrong", "clone", url(repository), "wrong");
        assertThat(wrong.succeeded()).isFalse();
        assertThat(wrong.output()).contains("Authentication failed").doesNotContain("tcp_wrong");
        Person grace = signUp();
        var stranger = git.run(scratch, grace.email(), grace.token(), "clone", url(repository), "stranger");
        assertThat(stranger.succeeded()).isFalse();
        assertThat(stranger.output()).doesNotContain(grace.token()).contains("not found");
        assertThat(scratch.resolve("anonymous")).doesNotExist();
        assertThat(scratch.resolve("stranger")).doesNotExist();
        assertThat(logs.getAll()).doesNotContain(ada.token()).doesNotContain(grace.token()).doesNotContain("tcp_wrong");
    }

    @Test
    void answersGitsChallengeWith401AndSomeoneElsesRepositoryWith404() throws Exception {
        String infoRefs = url(repository) + "/info/refs?service=git-upload-pack";

        var anonymous = get(infoRefs, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm=\"True Coding\""));
        assertThat(get(infoRefs, basic(ada.email(), "tcp_wrong")).statusCode()).isEqualTo(401);
        assertThat(get(infoRefs, basic(ada.email(), ada.token())).statusCode()).isEqualTo(200);

        Person grace = signUp();
        assertThat(get(infoRefs, basic(grace.email(), grace.token())).statusCode()).isEqualTo(404);
        String missing = "http://localhost:" + port + "/git/" + grace.user().handle() + "/nothing.git/info/refs?service=git-upload-pack";
        assertThat(get(missing, basic(grace.email(), grace.token())).statusCode()).isEqualTo(404);
        // Another person's push is refused before any pack is read.
        String receive = url(repository) + "/info/refs?service=git-receive-pack";
        assertThat(get(receive, basic(grace.email(), grace.token())).statusCode()).isEqualTo(404);
        assertThat(get(receive, basic(ada.email(), ada.token())).statusCode()).isEqualTo(200);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String url, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
