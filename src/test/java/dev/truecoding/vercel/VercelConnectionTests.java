package dev.truecoding.vercel;

import dev.truecoding.support.SignedInClient;
import dev.truecoding.connection.TokenCipher;
import dev.truecoding.support.CookieClient;
import dev.truecoding.vercel.fake.FakeVercel;
import dev.truecoding.vercel.fake.FakeVercel.Request;
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

/** Settings → Vercel and /api/vercel on a real port, against the fake Vercel's integration flow and REST API. */
class VercelConnectionTests extends VercelTestSupport {

    @Autowired
    TokenCipher cipher;

    @Test
    void aPastedTokenIsCheckedWithVercelBeforeItIsStored() throws Exception {
        var browser = new SignedInClient(baseUrl(), "/settings/vercel");
        String userId = userIdByEmail(browser.email);
        String bad = newToken();

        HttpResponse<String> refused = browser.submit("/settings/vercel/token", Map.of("token", bad));

        assertThat(refused.body()).contains("Vercel did not accept that token (401)").contains("Not connected");
        assertThat(userRow(userId).get("vercel_access_token")).isNull();

        String good = newToken();
        String username = newUsername();
        vercel.addToken(good, username);
        HttpResponse<String> accepted = browser.submit("/settings/vercel/token", Map.of("token", "  " + good + "\n"));

        assertThat(accepted.body()).contains("Vercel connected as " + username + ".").contains("Disconnect Vercel");
        Map<String, Object> row = userRow(userId);
        assertThat(cipher.decrypt((String) row.get("vercel_access_token"), userId, "vercel_access_token")).isEqualTo(good);
        assertThat(row).containsEntry("vercel_team_id", null).containsEntry("vercel_account_name", username)
                .containsEntry("vercel_refresh_token", null).containsEntry("vercel_token_expiry", null);
        Request check = callsWith(good).getFirst();
        assertThat(check.method() + " " + check.path()).isEqualTo("GET /v2/user");
        String api = browser.browse("/api/vercel").body();
        assertThat(api).contains("\"connected\":true").contains("\"account\":\"" + username + "\"");
        assertNoSecretAnywhere(userId, List.of(good, bad), refused.body(), accepted.body(), api,
                browser.browse("/settings/vercel").body());
    }

    @Test
    void aTeamIsCheckedAndStoredByItsId() throws Exception {
        var browser = new SignedInClient(baseUrl(), "/settings/vercel");
        String userId = userIdByEmail(browser.email);
        String token = newToken();
        String username = newUsername();
        String teamId = "team_" + UUID.randomUUID().toString().replace("-", "");
        vercel.addToken(token, username);
        vercel.addTeam(teamId, "acme-" + username, "Acme " + username, username);

        HttpResponse<String> stranger = browser.submit("/settings/vercel/token", Map.of("token", token, "teamId", "team_unknown"));

        assertThat(stranger.body()).contains("That token cannot act for the team &#39;team_unknown&#39; (Vercel answered 404)");
        assertThat(userRow(userId).get("vercel_access_token")).isNull();

        HttpResponse<String> bySlug = browser.submit("/settings/vercel/token", Map.of("token", token, "teamId", "acme-" + username));

        assertThat(bySlug.body()).contains("Vercel connected as " + username + " (team Acme " + username + ").").contains(teamId);
        assertThat(userRow(userId)).containsEntry("vercel_team_id", teamId).containsEntry("vercel_team_name", "Acme " + username);
    }

    @Test
    void theIntegrationFlowConnectsATeamAndKeepsTheTokenEncrypted() throws Exception {
        var browser = new SignedInClient(baseUrl(), "/settings/vercel");
        String userId = userIdByEmail(browser.email);
        String username = newUsername();
        String teamId = "team_" + UUID.randomUUID().toString().replace("-", "");
        vercel.addTeam(teamId, "team-" + username, "Team " + username, username);
        vercel.installAs(username, teamId, baseUrl() + "/settings/vercel/callback");

        HttpResponse<String> page = browser.browse("/settings/vercel/connect");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Vercel connected as " + username + " (team Team " + username + ").");
        Request install = last("GET", "/integrations/" + FakeVercel.SLUG + "/new");
        assertThat(install.query().get("state")).matches("[A-Za-z0-9_-]{43}");
        Request exchange = last("POST", "/v2/oauth/access_token");
        assertThat(exchange.headers().get("Content-type")).anyMatch(type -> type.startsWith("application/x-www-form-urlencoded"));
        assertThat(exchange.body()).contains("client_id=" + FakeVercel.CLIENT_ID).contains("client_secret=").contains("code=code")
                .contains("redirect_uri=" + java.net.URLEncoder.encode(baseUrl() + "/settings/vercel/callback", java.nio.charset.StandardCharsets.UTF_8));
        String token = vercel.issuedTokens().getLast();
        Map<String, Object> row = userRow(userId);
        assertThat(cipher.decrypt((String) row.get("vercel_access_token"), userId, "vercel_access_token")).isEqualTo(token);
        assertThat(row.get("vercel_team_id")).isEqualTo(teamId);
        // The team lookup already names the team, as every call with this token must.
        assertThat(callsWith(token)).filteredOn(r -> r.path().startsWith("/v2/teams/"))
                .allSatisfy(r -> assertThat(r.query()).containsEntry("teamId", teamId));
        assertNoSecretAnywhere(userId, List.of(token), page.body(), browser.browse("/api/vercel").body());
    }

    @Test
    void aCallbackWithAnotherStateIsRefusedAndNothingIsStored() throws Exception {
        String username = newUsername();
        var browser = new SignedInClient(baseUrl(), "/settings/vercel");
        String userId = userIdByEmail(browser.email);
        vercel.installAs(username, null, baseUrl() + "/settings/vercel/callback");
        HttpResponse<String> toVercel = browser.get(URI.create(baseUrl() + "/settings/vercel/connect"));
        assertThat(toVercel.statusCode()).isEqualTo(302);
        assertThat(toVercel.headers().firstValue("Location").orElseThrow()).startsWith(vercel.url() + "/integrations/" + FakeVercel.SLUG + "/new?state=");
        long exchangesBefore = count("POST", "/v2/oauth/access_token");

        HttpResponse<String> forged = browser.browse("/settings/vercel/callback?code=code-from-elsewhere&state=forged");
        HttpResponse<String> missing = browser.browse("/settings/vercel/callback?code=code-from-elsewhere&configurationId=icfg_1");

        assertThat(forged.body()).contains("state check failed").contains("nothing was saved");
        assertThat(missing.body()).contains("state check failed");
        assertThat(count("POST", "/v2/oauth/access_token")).isEqualTo(exchangesBefore);
        assertThat(userRow(userId).get("vercel_access_token")).isNull();
    }

    @Test
    void aCodeVercelRefusesIsExplainedAndNothingIsStored() throws Exception {
        var browser = new SignedInClient(baseUrl(), "/settings/vercel");
        vercel.installAs(newUsername(), null, baseUrl() + "/settings/vercel/callback");
        String location = browser.get(URI.create(baseUrl() + "/settings/vercel/connect")).headers().firstValue("Location").orElseThrow();
        String state = location.replaceAll(".*[?&]state=([^&]+).*", "$1");

        HttpResponse<String> page = browser.browse("/settings/vercel/callback?code=spent-code&state=" + state);

        assertThat(page.body()).contains("Vercel did not issue a token (bad_request").contains("single use");
        assertThat(userRow(userIdByEmail(browser.email)).get("vercel_access_token")).isNull();
        assertThat(browser.browse("/settings/vercel/callback?code=spent-code&state=" + state).body()).contains("state check failed");
    }

    @Test
    void disconnectDeletesTheToken() throws Exception {
        var browser = new SignedInClient(baseUrl(), "/settings/vercel");
        String userId = userIdByEmail(browser.email);
        String token = newToken();
        vercel.addToken(token, newUsername());
        browser.submit("/settings/vercel/token", Map.of("token", token));
        assertThat(userRow(userId).get("vercel_access_token")).isNotNull();

        HttpResponse<String> page = browser.submit("/settings/vercel/disconnect", Map.of());

        assertThat(page.body()).contains("Vercel disconnected").contains("Not connected");
        assertThat(userRow(userId)).containsEntry("vercel_access_token", null).containsEntry("vercel_team_id", null)
                .containsEntry("vercel_account_name", null);
        assertThat(browser.browse("/api/vercel").body()).contains("\"connected\":false");
    }

    @Test
    void theApiConnectsAndDisconnectsWithABearerToken() throws Exception {
        String email = "api-" + UUID.randomUUID() + "@example.com";
        String apiToken = new CookieClient().signUpAndCreateToken(baseUrl(), email);
        String userId = userIdByEmail(email);
        String bad = newToken();
        String good = newToken();
        String username = newUsername();
        vercel.addToken(good, username);

        HttpResponse<String> refused = call("PUT", apiToken, "{\"token\":\"" + bad + "\"}");
        HttpResponse<String> empty = call("PUT", apiToken, "{\"token\":\"\"}");
        HttpResponse<String> accepted = call("PUT", apiToken, "{\"token\":\"" + good + "\",\"teamId\":\"\"}");
        HttpResponse<String> status = call("GET", apiToken, null);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Vercel did not accept that token (401)");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"connected\":true").contains("\"account\":\"" + username + "\"");
        assertThat(status.body()).contains("\"connected\":true");
        assertNoSecretAnywhere(userId, List.of(good, bad), refused.body(), accepted.body(), status.body());

        HttpResponse<String> deleted = call("DELETE", apiToken, null);

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(userRow(userId).get("vercel_access_token")).isNull();
    }

    private HttpResponse<String> call(String method, String bearer, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/vercel")).header("Authorization", "Bearer " + bearer);
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Request last(String method, String path) {
        return vercel.requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList().getLast();
    }

    private static long count(String method, String path) {
        return vercel.requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path)).count();
    }
}
