package dev.truecoding.github;

import dev.truecoding.connection.TokenCipher;
import dev.truecoding.support.SignedInClient;
import dev.truecoding.github.fake.FakeGitHub.Request;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings → GitHub in a browser-like client on a real port, against the fake GitHub's OAuth and REST endpoints. */
class GitHubConnectionTests extends GitHubTestSupport {

    @Autowired
    GitHubConnections connections;

    @Autowired
    TokenCipher cipher;

    @Test
    void theOAuthRoundTripConnectsAndKeepsTheTokenEncrypted() throws Exception {
        github.oauthAs("octocat", false, false);
        var browser = new SignedInClient(baseUrl(), "/settings/github");
        String userId = userIdByEmail(browser.email);

        HttpResponse<String> page = browser.browse("/settings/github/connect");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("GitHub connected as @octocat.").contains("Disconnect GitHub");
        Request authorize = lastCall("GET", "/login/oauth/authorize");
        assertThat(authorize.query()).contains("client_id=" + dev.truecoding.github.fake.FakeGitHub.CLIENT_ID)
                .contains("scope=repo%20workflow").containsPattern("state=[A-Za-z0-9_-]{40,}")
                .contains("redirect_uri=" + baseUrl() + "/settings/github/callback")
                .containsPattern("code_challenge=[A-Za-z0-9_-]{43}&code_challenge_method=S256");
        Request exchange = lastCall("POST", "/login/oauth/access_token");
        assertThat(exchange.headers().get("Accept")).containsExactly("application/json");
        assertThat(exchange.body()).contains("code=").contains("client_secret=").containsPattern("code_verifier=[A-Za-z0-9_-]{43}");

        String token = github.issuedTokens().getLast();
        Map<String, Object> row = userRow(userId);
        assertThat(cipher.decrypt((String) row.get("github_access_token"), userId, "github_access_token")).isEqualTo(token);
        assertThat(row.get("github_refresh_token")).isNull();
        assertThat(row.get("github_token_expiry")).isNull();

        HttpResponse<String> api = browser.browse("/api/github");
        assertThat(api.body()).contains("\"connected\":true").contains("\"login\":\"octocat\"");
        assertNoTokenAnywhere(userId, List.of(token), page.body(), api.body(), browser.browse("/settings/github").body());
    }

    @Test
    void aCallbackWithAnotherStateIsRefusedAndNothingIsStored() throws Exception {
        github.oauthAs("mallory", false, false);
        var browser = new SignedInClient(baseUrl(), "/settings/github");
        String userId = userIdByEmail(browser.email);
        HttpResponse<String> toGitHub = browser.get(URI.create(baseUrl() + "/settings/github/connect"));
        assertThat(toGitHub.statusCode()).isEqualTo(302);
        int exchangesBefore = calls("POST", "/login/oauth/access_token");

        HttpResponse<String> forged = browser.browse("/settings/github/callback?code=code-from-elsewhere&state=forged");
        HttpResponse<String> missing = browser.browse("/settings/github/callback?code=code-from-elsewhere");

        assertThat(forged.body()).contains("state check failed").contains("nothing was saved");
        assertThat(missing.body()).contains("state check failed");
        assertThat(calls("POST", "/login/oauth/access_token")).isEqualTo(exchangesBefore);
        assertThat(userRow(userId).get("github_access_token")).isNull();
    }

    @Test
    void aWrongOrExpiredCodeIsExplainedAndNothingIsStored() throws Exception {
        github.oauthAs("late", false, false);
        var browser = new SignedInClient(baseUrl(), "/settings/github");
        String location = browser.get(URI.create(baseUrl() + "/settings/github/connect")).headers().firstValue("Location").orElseThrow();
        String state = location.replaceAll(".*[?&]state=([^&]+).*", "$1");

        HttpResponse<String> page = browser.browse("/settings/github/callback?code=expired-code&state=" + state);

        assertThat(page.body()).contains("wrong or expired");
        assertThat(userRow(userIdByEmail(browser.email)).get("github_access_token")).isNull();
        // The state is used up: replaying the same answer is refused.
        assertThat(browser.browse("/settings/github/callback?code=expired-code&state=" + state).body()).contains("state check failed");
    }

    @Test
    void declinedAccessOnGitHubIsExplained() throws Exception {
        github.oauthAs("shy", true, false);
        var browser = new SignedInClient(baseUrl(), "/settings/github");

        HttpResponse<String> page = browser.browse("/settings/github/connect");

        assertThat(page.body()).contains("You declined access on GitHub").contains("Not connected");
        assertThat(userRow(userIdByEmail(browser.email)).get("github_access_token")).isNull();
    }

    @Test
    void aPastedTokenIsCheckedWithGitHubBeforeItIsStored() throws Exception {
        var browser = new SignedInClient(baseUrl(), "/settings/github");
        String userId = userIdByEmail(browser.email);
        String bad = "github_pat_" + UUID.randomUUID().toString().replace("-", "");

        HttpResponse<String> refused = browser.submit("/settings/github/token", Map.of("token", bad));

        assertThat(refused.body()).contains("GitHub did not accept that token (401 Bad credentials)");
        assertThat(userRow(userId).get("github_access_token")).isNull();

        String good = "github_pat_" + UUID.randomUUID().toString().replace("-", "");
        github.addToken(good, "hopper", "repo", "workflow");
        HttpResponse<String> accepted = browser.submit("/settings/github/token", Map.of("token", "  " + good + "\n"));

        assertThat(accepted.body()).contains("GitHub connected as @hopper.");
        assertThat(cipher.decrypt((String) userRow(userId).get("github_access_token"), userId, "github_access_token")).isEqualTo(good);
        assertNoTokenAnywhere(userId, List.of(good, bad), refused.body(), accepted.body(), browser.browse("/api/github").body());
    }

    @Test
    void aClassicTokenWithoutTheWorkflowScopeIsStoredWithAWarning() throws Exception {
        var browser = new SignedInClient(baseUrl(), "/settings/github");
        String narrow = "ghp_" + UUID.randomUUID().toString().replace("-", "");
        github.addToken(narrow, "narrow", "repo");

        HttpResponse<String> page = browser.submit("/settings/github/token", Map.of("token", narrow));

        assertThat(page.body()).contains("GitHub connected as @narrow.").contains("lacks the &#39;workflow&#39; scope");
        assertThat(GitHubConnections.missingWorkflowScope("repo, workflow")).isNull();
        assertThat(GitHubConnections.missingWorkflowScope(null)).isNull();
    }

    @Test
    void anExpiredUserTokenIsRefreshedBeforeUse() {
        github.oauthAs("lin", false, true);
        String userId = newUser();
        String redirect = "http://localhost/settings/github/callback";
        String code = codeFromAuthorize(redirect);

        connections.connectWithCode(userId, code, redirect, null);
        String firstAccess = github.issuedTokens().get(github.issuedTokens().size() - 2);
        String storedBefore = (String) userRow(userId).get("github_access_token");
        assertThat(userRow(userId).get("github_token_expiry")).isNotNull();
        assertThat(userRow(userId).get("github_refresh_token")).isNotNull();

        String fresh = connections.accessToken(userId);

        assertThat(fresh).isNotEqualTo(firstAccess);
        assertThat(github.isValidToken(fresh)).isTrue();
        assertThat(github.isValidToken(firstAccess)).isFalse();
        assertThat(lastCall("POST", "/login/oauth/access_token").body()).contains("grant_type=refresh_token");
        assertThat(userRow(userId).get("github_access_token")).isNotEqualTo(storedBefore);
        assertThat(connections.status(userId)).satisfies(status -> {
            assertThat(status.connected()).isTrue();
            assertThat(status.login()).isEqualTo("lin");
        });
        assertNoTokenAnywhere(userId, github.issuedTokens());
    }

    @Test
    void disconnectDeletesTheTokens() throws Exception {
        var browser = new SignedInClient(baseUrl(), "/settings/github");
        String userId = userIdByEmail(browser.email);
        String token = "github_pat_" + UUID.randomUUID().toString().replace("-", "");
        github.addToken(token, "ada", "repo", "workflow");
        browser.submit("/settings/github/token", Map.of("token", token));
        assertThat(userRow(userId).get("github_access_token")).isNotNull();

        HttpResponse<String> page = browser.submit("/settings/github/disconnect", Map.of());

        assertThat(page.body()).contains("GitHub disconnected").contains("Not connected");
        assertThat(userRow(userId)).containsEntry("github_access_token", null)
                .containsEntry("github_refresh_token", null).containsEntry("github_token_expiry", null);
        assertThat(browser.browse("/api/github").body()).contains("\"connected\":false");
    }

    @Test
    void theApiDisconnectsWithABearerToken() throws Exception {
        var browser = new SignedInClient(baseUrl(), "/settings/github");
        String userId = userIdByEmail(browser.email);
        String token = "github_pat_" + UUID.randomUUID().toString().replace("-", "");
        github.addToken(token, "grace", "repo", "workflow");
        connections.connectWithToken(userId, token);
        String apiEmail = "api-" + UUID.randomUUID() + "@example.com";
        String apiToken = new dev.truecoding.support.CookieClient().signUpAndCreateToken(baseUrl(), apiEmail);
        String apiUser = userIdByEmail(apiEmail);
        connections.connectWithToken(apiUser, token);

        var http = HttpClient.newHttpClient();
        HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/github"))
                .header("Authorization", "Bearer " + apiToken).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(status.body()).contains("\"connected\":true").contains("\"login\":\"grace\"").doesNotContain(token);
        HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/github"))
                .header("Authorization", "Bearer " + apiToken).DELETE().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(userRow(apiUser).get("github_access_token")).isNull();
        assertThat(userRow(userId).get("github_access_token")).isNotNull(); // someone else's connection is untouched
    }

    /** Walks the fake's authorize page as the person would and returns the code it sends back. */
    private String codeFromAuthorize(String redirect) {
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(github.url()
                            + "/login/oauth/authorize?client_id=" + dev.truecoding.github.fake.FakeGitHub.CLIENT_ID
                            + "&redirect_uri=" + redirect + "&state=s")).build(), HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").orElseThrow();
            return location.replaceAll(".*[?&]code=([^&]+).*", "$1");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Request lastCall(String method, String path) {
        return github.requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList().getLast();
    }

    private int calls(String method, String path) {
        return (int) github.requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path)).count();
    }
}
