package dev.truecoding.github;

import dev.truecoding.github.GitHubException.Reason;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

/**
 * GitHub's OAuth web flow: the authorize URL, the code exchange and the refresh of expiring GitHub App user tokens.
 * GitHub reports exchange errors in a 200 answer, so the {@code error} key is checked, not the status.
 */
@Component
class GitHubOAuth {

    static final String SCOPES = "repo workflow";

    private final RestClient http = GitHubApi.client();
    private final JsonMapper json;
    private final GitHubSettings settings;

    GitHubOAuth(JsonMapper json, GitHubSettings settings) {
        this.json = json;
        this.settings = settings;
    }

    /** With PKCE (S256) besides {@code state}: a code intercepted on its way back is useless without the verifier. */
    String authorizeUrl(String redirectUri, String state, String codeVerifier) {
        return UriComponentsBuilder.fromUriString(settings.url() + "/login/oauth/authorize")
                .queryParam("client_id", settings.clientId())
                .queryParam("redirect_uri", redirectUri)
                .queryParam("scope", SCOPES)
                .queryParam("state", state)
                .queryParam("code_challenge", codeChallenge(codeVerifier))
                .queryParam("code_challenge_method", "S256")
                .encode().build().toUriString();
    }

    Tokens exchange(String code, String redirectUri, String codeVerifier) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("code", code);
        form.add("redirect_uri", redirectUri);
        if (codeVerifier != null) {
            form.add("code_verifier", codeVerifier);
        }
        return post(form);
    }

    static String codeChallenge(String codeVerifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Tokens refresh(String refreshToken) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", refreshToken);
        return post(form);
    }

    private Tokens post(LinkedMultiValueMap<String, String> form) {
        form.add("client_id", settings.clientId());
        form.add("client_secret", settings.clientSecret());
        Instant now = Instant.now();
        String body;
        try {
            body = http.post().uri(settings.url() + "/login/oauth/access_token")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                    .header(HttpHeaders.USER_AGENT, "TrueCoding")
                    // Written as bytes, not through a message converter: converters log bodies at DEBUG, and this
                    // one holds the client secret and the code or refresh token.
                    .body(output -> output.write(encode(form)))
                    .exchange((req, res) -> new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8));
        } catch (ResourceAccessException e) {
            throw new GitHubException(Reason.UNAVAILABLE, 0, "Could not reach GitHub at " + settings.url() + ". Try again later.");
        }
        JsonNode answer;
        try {
            answer = json.readTree(body);
        } catch (JacksonException e) {
            throw new GitHubException(Reason.UNAVAILABLE, 0, "GitHub's token endpoint did not answer with JSON.");
        }
        if (answer.hasNonNull("error") || !answer.hasNonNull("access_token")) {
            String error = answer.path("error").asString("no_token");
            String description = answer.path("error_description").asString("");
            throw new GitHubException(Reason.NOT_CONNECTED, 0, switch (error) {
                case "bad_verification_code" -> "GitHub's sign-in code was wrong or expired (codes last 10 minutes). Connect again.";
                case "bad_refresh_token" -> "GitHub no longer accepts the saved refresh token. Reconnect GitHub.";
                case "incorrect_client_credentials" -> "GITHUB_CLIENT_ID or GITHUB_CLIENT_SECRET is wrong: ask the administrator.";
                case "redirect_uri_mismatch" -> "The GitHub app's callback URL does not match this server's.";
                default -> "GitHub refused to issue a token (" + error + (description.isBlank() ? "" : ": " + description) + ").";
            }, null, error);
        }
        return new Tokens(answer.get("access_token").asString(),
                answer.hasNonNull("refresh_token") ? answer.get("refresh_token").asString() : null,
                answer.hasNonNull("expires_in") ? now.plusSeconds(answer.get("expires_in").asLong()) : null);
    }

    private static byte[] encode(LinkedMultiValueMap<String, String> form) {
        StringBuilder encoded = new StringBuilder();
        form.forEach((name, values) -> values.forEach(value -> encoded.append(encoded.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8))));
        return encoded.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What the token endpoint issued; refresh token and expiry only for expiring GitHub App user tokens. */
    record Tokens(String accessToken, String refreshToken, Instant expiresAt) {

        @Override
        public String toString() {
            return "Tokens[expiresAt=" + expiresAt + "]";
        }
    }
}
