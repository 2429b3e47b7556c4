package dev.truecoding.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A cookie-keeping HTTP client that follows redirects across hosts, the way a browser walks an OAuth flow. */
public final class CookieClient {

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** GETs {@code url} and follows up to ten redirects; returns the last response. */
    public HttpResponse<String> browse(String url) throws IOException, InterruptedException {
        URI current = URI.create(url);
        for (int hop = 0; hop < 10; hop++) {
            HttpResponse<String> response = get(current);
            var location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                return response;
            }
            current = current.resolve(location.get());
        }
        throw new IllegalStateException("Too many redirects from " + url);
    }

    /**
     * Signs up a new person through the real form (with its CSRF token) and creates a personal access token
     * through the API from that session, as a person would with a browser and then a script.
     */
    public String signUpAndCreateToken(String baseUrl, String email) throws IOException, InterruptedException {
        String form = browse(baseUrl + "/signup").body();
        post(baseUrl + "/signup", "application/x-www-form-urlencoded", "_csrf=" + csrf(form)
                + "&name=Streamer&email=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=stream+of+consciousness", null);
        String page = browse(baseUrl + "/settings/tokens").body();
        String created = post(baseUrl + "/api/tokens", "application/json", "{\"name\":\"stream\"}", csrf(page)).body();
        var matcher = java.util.regex.Pattern.compile("\"token\":\"(tcp_[A-Za-z0-9]+)\"").matcher(created);
        if (!matcher.find()) {
            throw new IllegalStateException("No token in " + created);
        }
        return matcher.group(1);
    }

    /** Submits a form as the page at {@code pageUrl} would (with its CSRF token); the answer is not followed. */
    public HttpResponse<String> submit(String pageUrl, String actionUrl, String formBody) throws IOException, InterruptedException {
        String page = browse(pageUrl).body();
        return post(actionUrl, "application/x-www-form-urlencoded", "_csrf=" + csrf(page) + "&" + formBody, null);
    }

    private HttpResponse<String> post(String url, String contentType, String body, String csrfHeader) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .timeout(HttpApiClient.ANSWER_TIMEOUT).POST(HttpRequest.BodyPublishers.ofString(body));
        if (csrfHeader != null) {
            request.header("X-CSRF-TOKEN", csrfHeader);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        var matcher = java.util.regex.Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"").matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token on the page");
        }
        return matcher.group(1);
    }

    public HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/html,application/json")
                        .timeout(HttpApiClient.ANSWER_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
