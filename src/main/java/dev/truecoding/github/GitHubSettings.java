package dev.truecoding.github;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * GitHub settings from the environment (README's configuration table).
 *
 * @param clientId          {@code GITHUB_CLIENT_ID} of an OAuth app or GitHub App; empty: only pasted tokens
 * @param clientSecret      {@code GITHUB_CLIENT_SECRET}
 * @param apiUrl            {@code GITHUB_API_URL}: the REST API ({@code https://HOST/api/v3} for GitHub Enterprise)
 * @param url               {@code GITHUB_URL}: the web host serving {@code /login/oauth/*}
 * @param rateLimitMaxWait  the longest True Coding waits for a rate limit to reset before giving up
 * @param rateLimitRetries  how many times one call is retried after rate limits
 * @param repositoryNameAttempts how many names ({@code app}, {@code app-2}, …) are tried when one is taken
 */
@ConfigurationProperties("truecoding.github")
record GitHubSettings(
        String clientId,
        String clientSecret,
        @DefaultValue("https://api.github.com") String apiUrl,
        @DefaultValue("https://github.com") String url,
        @DefaultValue("60s") Duration rateLimitMaxWait,
        @DefaultValue("3") int rateLimitRetries,
        @DefaultValue("10") int repositoryNameAttempts) {

    GitHubSettings {
        apiUrl = trimSlash(apiUrl == null || apiUrl.isBlank() ? "https://api.github.com" : apiUrl);
        url = trimSlash(url == null || url.isBlank() ? "https://github.com" : url);
    }

    boolean oauthConfigured() {
        return clientId != null && !clientId.isBlank() && clientSecret != null && !clientSecret.isBlank();
    }

    private static String trimSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
