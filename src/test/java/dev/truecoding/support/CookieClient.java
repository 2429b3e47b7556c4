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

    public HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/html,application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
