package dev.truecoding.github;

import dev.truecoding.github.GitHubException.Reason;
import dev.truecoding.github.fake.FakeGitHub.Request;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The GitHub host against the fake GitHub: repositories, atomic commits and every kind of refusal. */
class GitHubRepositoriesTests extends GitHubTestSupport {

    @Autowired
    GitHubRepositories repositories;

    @Autowired
    GitHubConnections connections;

    String userId;
    String token;
    String login;

    @BeforeEach
    void connect() {
        userId = newUser();
        login = "dev" + UUID.randomUUID().toString().substring(0, 8);
        token = "github_pat_" + UUID.randomUUID().toString().replace("-", "");
        github.addToken(token, login, "repo", "workflow");
        connections.connectWithToken(userId, token);
    }

    static final List<RepositoryFile> APP = List.of(
            new RepositoryFile("README.md", "# Recipe box\n"),
            new RepositoryFile("package.json", "{\"name\":\"recipe-box\"}\n"),
            new RepositoryFile(".github/workflows/ci.yml", "name: CI\non: [push]\n"),
            new RepositoryFile("src/app/page.tsx", "export default function Page() { return null; }\n"),
            new RepositoryFile(".env.example", ""),
            new RepositoryFile("public/.gitkeep", ""));

    @Test
    void aTakenNameGetsANumberedSuffix() {
        CreatedRepository first = repositories.createRepository(userId, "Recipe Box!", "Family recipes", true);
        CreatedRepository second = repositories.createRepository(userId, "Recipe Box!", "Family recipes", true);

        assertThat(first.name()).isEqualTo("Recipe-Box");
        assertThat(first.owner()).isEqualTo(login);
        assertThat(first.fullName()).isEqualTo(login + "/Recipe-Box");
        assertThat(first.defaultBranch()).isEqualTo("main");
        assertThat(first.privateRepository()).isTrue();
        assertThat(second.name()).isEqualTo("Recipe-Box-2");
        assertThat(github.repo(login, "Recipe-Box-2")).isPresent();
        assertThat(calls("POST", "/user/repos")).hasSize(3);
    }

    @Test
    void theFirstCommitIntoAnEmptyRepositoryHoldsEveryFile() {
        CreatedRepository repo = repositories.createRepository(userId, "first-commit", "", false);

        String sha = repositories.commitFiles(userId, repo.owner(), repo.name(), APP, "Generate the app");

        assertThat(github.repo(login, repo.name()).orElseThrow().refs()).containsEntry("refs/heads/main", sha);
        assertThat(github.filesOf(sha)).isEqualTo(APP.stream().collect(toMap(RepositoryFile::path, RepositoryFile::content)));
        assertThat(github.commit(sha).message()).isEqualTo("Generate the app");
        // The empty repository was started with one ordinary file through the contents API, never the workflow.
        String bootstrap = github.commit(sha).parents().getFirst();
        assertThat(github.filesOf(bootstrap)).containsOnlyKeys("README.md");
        assertThat(github.commit(bootstrap).parents()).isEmpty();
        assertThat(calls("PATCH", "/repos/" + login + "/first-commit/git/refs/heads/main"))
                .singleElement().satisfies(patch -> assertThat(patch.body()).contains("\"force\":false"));
        // Identical contents are uploaded once.
        assertThat(calls("POST", "/repos/" + login + "/first-commit/git/blobs")).hasSize(APP.size() - 1);
    }

    @Test
    void aCommitOntoAParentThatIsNoLongerTheHeadIsRefusedAndNothingMoves() {
        CreatedRepository repo = repositories.createRepository(userId, "onto", "", false);
        String merged = repositories.commitFiles(userId, repo.owner(), repo.name(), APP, "Generate the app");
        String owners = repositories.commitFiles(userId, repo.owner(), repo.name(), List.of(
                new RepositoryFile("README.md", "# Mine\n")), "Owner's push");

        assertThatThrownBy(() -> repositories.commitFilesOnto(userId, repo.owner(), repo.name(), merged,
                List.of(new RepositoryFile("README.md", "# Merged on the old head\n")), "change", dev.truecoding.git.ProgressListener.NONE))
                .isInstanceOf(GitHubException.class).hasMessageContaining("fast forward");
        assertThat(repositories.headCommit(userId, repo.owner(), repo.name())).contains(owners);

        String change = repositories.commitFilesOnto(userId, repo.owner(), repo.name(), owners,
                List.of(new RepositoryFile("README.md", "# Merged\n")), "change", dev.truecoding.git.ProgressListener.NONE);
        assertThat(github.commit(change).parents()).containsExactly(owners);
        assertThat(github.filesOf(change)).containsOnlyKeys("README.md");
    }

    @Test
    void aSecondCommitGoesOnTopOfTheFirstWithExactlyItsFiles() {
        CreatedRepository repo = repositories.createRepository(userId, "second-commit", "", false);
        String first = repositories.commitFiles(userId, repo.owner(), repo.name(), APP, "Generate the app");

        String second = repositories.commitFiles(userId, repo.owner(), repo.name(), List.of(
                new RepositoryFile("README.md", "# Recipe box\n\nNow with tags.\n"),
                new RepositoryFile("src/app/tags/page.tsx", "export default function Tags() { return null; }\n")), "Add tags");

        assertThat(github.commit(second).parents()).containsExactly(first);
        Map<String, String> files = github.filesOf(second);
        // The new tree is exactly the files given: what the app no longer has leaves the branch.
        assertThat(files).hasSize(2)
                .containsEntry("README.md", "# Recipe box\n\nNow with tags.\n")
                .containsEntry("src/app/tags/page.tsx", "export default function Tags() { return null; }\n")
                .doesNotContainKey("package.json");
        assertThat(github.repo(login, repo.name()).orElseThrow().refs()).containsEntry("refs/heads/main", second);
    }

    @Test
    void everyCallCarriesGitHubsHeadersAndTheTokenOnlyInAuthorization() {
        repositories.createRepository(userId, "headers", "", false);
        Request create = calls("POST", "/user/repos").getLast();
        assertThat(create.headers().get("Authorization")).containsExactly("Bearer " + token);
        assertThat(create.headers().get("Accept")).containsExactly("application/vnd.github+json");
        assertThat(create.headers().get("X-github-api-version")).containsExactly("2022-11-28");
        assertThat(create.headers().get("User-agent")).isNotEmpty();
        assertThat(create.body()).doesNotContain(token).contains("\"auto_init\":false");
        assertNoTokenAnywhere(userId, List.of(token));
    }

    @Test
    void aRevokedTokenAsksToReconnect() {
        github.revoke(token);
        assertThatThrownBy(() -> repositories.createRepository(userId, "revoked", "", false))
                .isInstanceOfSatisfying(GitHubException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BAD_CREDENTIALS);
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.getMessage()).contains("Reconnect GitHub").doesNotContain(token);
                });
    }

    @Test
    void aMissingRepositoryIsA404WithAClearMessage() {
        assertThatThrownBy(() -> repositories.commitFiles(userId, login, "nowhere", APP, "x"))
                .isInstanceOfSatisfying(GitHubException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND_OR_FORBIDDEN);
                    assertThat(e.getMessage()).contains("404").contains("nowhere").contains("does not exist");
                });
    }

    @Test
    void a422LeavesTheBranchWhereItWas() {
        CreatedRepository repo = repositories.createRepository(userId, "unprocessable", "", false);
        String first = repositories.commitFiles(userId, repo.owner(), repo.name(), APP, "one");
        github.failNext("POST", "/repos/" + login + "/unprocessable/git/trees", 422,
                Map.of(), "{\"message\":\"Invalid tree info\",\"documentation_url\":\"https://docs.github.com/rest\"}");

        assertThatThrownBy(() -> repositories.commitFiles(userId, repo.owner(), repo.name(), APP, "two"))
                .isInstanceOfSatisfying(GitHubException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNPROCESSABLE);
                    assertThat(e.getMessage()).contains("Invalid tree info");
                });
        assertThat(github.repo(login, "unprocessable").orElseThrow().refs()).containsEntry("refs/heads/main", first);
    }

    @Test
    void aRefMovedMeanwhileIsRetriedOnceOnTheNewHead() {
        CreatedRepository repo = repositories.createRepository(userId, "moved", "", false);
        String first = repositories.commitFiles(userId, repo.owner(), repo.name(), APP, "one");
        github.failNext("PATCH", "/repos/" + login + "/moved/git/refs/heads/main", 422, Map.of(),
                "{\"message\":\"Update is not a fast forward\",\"documentation_url\":\"https://docs.github.com/rest\"}");

        String second = repositories.commitFiles(userId, repo.owner(), repo.name(),
                List.of(new RepositoryFile("CHANGELOG.md", "- tags\n")), "two");

        assertThat(github.commit(second).parents()).containsExactly(first);
        assertThat(github.filesOf(second)).containsExactly(Map.entry("CHANGELOG.md", "- tags\n"));
        assertThat(calls("PATCH", "/repos/" + login + "/moved/git/refs/heads/main")).hasSize(3);
        assertThat(calls("POST", "/repos/" + login + "/moved/git/blobs")).hasSize(APP.size() - 1 + 1); // reused on retry
    }

    @Test
    void withoutTheWorkflowScopeTheMessageSaysWhatToGrant() {
        String narrow = "github_pat_" + UUID.randomUUID().toString().replace("-", "");
        github.addToken(narrow, login, "repo");
        connections.connectWithToken(userId, narrow);
        CreatedRepository repo = repositories.createRepository(userId, "no-workflow", "", false);

        assertThatThrownBy(() -> repositories.commitFiles(userId, repo.owner(), repo.name(), APP, "x"))
                .isInstanceOfSatisfying(GitHubException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.WORKFLOW_SCOPE_MISSING);
                    assertThat(e.getMessage()).contains("'workflow' scope").contains("Workflows");
                });
    }

    @Test
    void aPrimaryRateLimitIsWaitedOutUntilItsReset() {
        long reset = Instant.now().plusSeconds(1).getEpochSecond();
        github.failNext("POST", "/user/repos", 403, Map.of("x-ratelimit-remaining", "0", "x-ratelimit-limit", "5000",
                "x-ratelimit-reset", String.valueOf(reset), "x-ratelimit-resource", "core"),
                "{\"message\":\"API rate limit exceeded for user ID 1.\",\"documentation_url\":\"https://docs.github.com/rest\"}");
        Instant start = Instant.now();

        CreatedRepository repo = repositories.createRepository(userId, "after-reset", "", false);

        assertThat(repo.name()).isEqualTo("after-reset");
        assertThat(Instant.now()).isAfterOrEqualTo(Instant.ofEpochSecond(reset));
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aSecondaryRateLimitWaitsRetryAfterSeconds() {
        github.failNext("POST", "/user/repos", 429, Map.of("retry-after", "1"),
                "{\"message\":\"You have exceeded a secondary rate limit.\",\"documentation_url\":\"https://docs.github.com/rest\"}");
        Instant start = Instant.now();

        assertThat(repositories.createRepository(userId, "after-retry", "", false).name()).isEqualTo("after-retry");

        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aRateLimitLongerThanTheMaximumWaitFailsWithItsResetTime() {
        github.failNext("POST", "/user/repos", 429, Map.of("retry-after", "3600"),
                "{\"message\":\"You have exceeded a secondary rate limit.\"}");
        Instant start = Instant.now();

        assertThatThrownBy(() -> repositories.createRepository(userId, "limited", "", false))
                .isInstanceOfSatisfying(GitHubException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED);
                    assertThat(e.retryAt()).isAfter(Instant.now().plusSeconds(3500));
                    assertThat(e.getMessage()).contains("rate limit").contains("UTC");
                });
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(2));
        assertThat(github.repo(login, "limited")).isEmpty();
    }

    @Test
    void aSecondaryLimitWithoutRetryAfterWaitsAMinuteSoItFailsAtOnceHere() {
        github.failNext("POST", "/user/repos", 403, Map.of("x-ratelimit-remaining", "4000"),
                "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.\"}");

        assertThatThrownBy(() -> repositories.createRepository(userId, "secondary", "", false))
                .isInstanceOfSatisfying(GitHubException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED);
                    assertThat(e.retryAt()).isAfter(Instant.now().plusSeconds(50));
                });
    }

    @Test
    void aPlain403IsAPermissionProblemNotARateLimit() {
        github.failNext("POST", "/user/repos", 403, Map.of("x-ratelimit-remaining", "4000"),
                "{\"message\":\"Resource not accessible by personal access token\"}");

        assertThatThrownBy(() -> repositories.createRepository(userId, "forbidden", "", false))
                .isInstanceOfSatisfying(GitHubException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND_OR_FORBIDDEN);
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.getMessage()).contains("may not see or change it");
                });
        assertThat(calls("POST", "/user/repos")).hasSize(1);
    }

    @Test
    void retriesStopAfterTheConfiguredNumber() {
        for (int i = 0; i < 3; i++) {
            github.failNext("POST", "/user/repos", 403, Map.of("retry-after", "0"),
                    "{\"message\":\"You have exceeded a secondary rate limit.\"}");
        }
        int before = calls("POST", "/user/repos").size();

        assertThatThrownBy(() -> repositories.createRepository(userId, "exhausted", "", false))
                .isInstanceOfSatisfying(GitHubException.class, e -> assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED));
        assertThat(calls("POST", "/user/repos")).hasSize(before + 3); // the call and two retries
        assertThat(github.repo(login, "exhausted")).isEmpty();
    }

    @Test
    void withoutAConnectionNothingIsCalled() {
        String stranger = newUser();
        assertThatThrownBy(() -> repositories.createRepository(stranger, "x", "", false))
                .isInstanceOfSatisfying(GitHubException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_CONNECTED);
                    assertThat(e.getMessage()).contains("Connect one");
                });
    }

    @Test
    void pathsThatCouldEscapeTheRepositoryAreRefused() {
        assertThatThrownBy(() -> repositories.commitFiles(userId, login, "any",
                List.of(new RepositoryFile("../../etc/passwd", "x")), "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> repositories.commitFiles(userId, login, "any",
                List.of(new RepositoryFile(".git/hooks/pre-commit", "x")), "x")).isInstanceOf(IllegalArgumentException.class);
    }

    /** This test's calls: the fake is shared, so they are told apart by the token. */
    private List<Request> calls(String method, String path) {
        return github.requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path)
                && String.valueOf(r.headers().get("Authorization")).contains(token)).toList();
    }
}
