package dev.truecoding.vercel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Vercel settings from the environment (README's configuration table).
 *
 * @param clientId           {@code VERCEL_CLIENT_ID} of a Vercel integration; empty: only pasted tokens
 * @param clientSecret       {@code VERCEL_CLIENT_SECRET}
 * @param integrationSlug    {@code VERCEL_INTEGRATION_SLUG}: the integration's URL slug, for its install page
 * @param apiUrl             {@code VERCEL_API_URL}: the REST API
 * @param webUrl             {@code VERCEL_WEB_URL}: the web host serving {@code /integrations/<slug>/new}
 * @param rateLimitMaxWait   the longest True Coding waits for a rate limit to reset before giving up
 * @param rateLimitRetries   how many times one call is retried after 429s
 * @param serverErrorRetries how many times one call is retried after 5xx answers or no answer
 * @param serverErrorBackoff the first wait after a 5xx, doubled each time
 * @param pollInterval       the first wait between two looks at a running deployment, doubled while nothing changes
 * @param pollMaxInterval    the longest wait between two looks
 * @param deployTimeout      how long a deployment is followed before True Coding stops waiting
 */
@ConfigurationProperties("truecoding.vercel")
record VercelSettings(
        String clientId,
        String clientSecret,
        String integrationSlug,
        @DefaultValue("https://api.vercel.com") String apiUrl,
        @DefaultValue("https://vercel.com") String webUrl,
        @DefaultValue("60s") Duration rateLimitMaxWait,
        @DefaultValue("3") int rateLimitRetries,
        @DefaultValue("3") int serverErrorRetries,
        @DefaultValue("1s") Duration serverErrorBackoff,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("15s") Duration pollMaxInterval,
        @DefaultValue("45m") Duration deployTimeout) {

    VercelSettings {
        apiUrl = trimSlash(apiUrl == null || apiUrl.isBlank() ? "https://api.vercel.com" : apiUrl);
        webUrl = trimSlash(webUrl == null || webUrl.isBlank() ? "https://vercel.com" : webUrl);
    }

    /** The integration flow needs all three: the install page is found by slug, the code exchanged with the pair. */
    boolean oauthConfigured() {
        return present(clientId) && present(clientSecret) && present(integrationSlug);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String trimSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
