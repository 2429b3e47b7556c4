package dev.truecoding.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping client that signs up through the real form and posts forms with their CSRF token, like a browser. */
public final class SignedInClient {

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String baseUrl;
    private final String formsPage;
    public final String email = "dev-" + UUID.randomUUID() + "@example.com";

    /** @param formsPage the page whose CSRF token forms are posted with, e.g. {@code /settings/github} */
    public SignedInClient(String baseUrl, String formsPage) throws IOException, InterruptedException {
        this.baseUrl = baseUrl;
        this.formsPage = formsPage;
        submit("/signup", Map.of("name", "Dev", "email", email, "password", "correct horse battery"));
    }

    /** GETs a path or URL and follows redirects across hosts (to a fake provider and back). */
    public HttpResponse<String> browse(String pathOrUrl) throws IOException, InterruptedException {
        URI current = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
        for (int hop = 0; hop < 10; hop++) {
            HttpResponse<String> response = get(current);
            var location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                return response;
            }
            current = current.resolve(location.get());
        }
        throw new IllegalStateException("Too many redirects");
    }

    public HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/html,application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form with the CSRF token of the page it is on (the sign-up page, else the forms page), then follows the redirect. */
    public HttpResponse<String> submit(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String page = browse(path.equals("/signup") ? "/signup" : formsPage).body();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf(page));
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        var location = response.headers().firstValue("Location");
        return location.isPresent() ? browse(URI.create(baseUrl + path).resolve(location.get()).toString()) : response;
    }

    private static String csrf(String html) {
        var matcher = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"").matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token on the page");
        }
        return matcher.group(1);
    }
}
