package dev.truecoding.deploy;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An HTTP client for tests that names the host itself: requests go to 127.0.0.1 with {@code Host: <slug>.localhost},
 * so no resolver has to know {@code *.localhost}. No redirects followed, no decompression.
 */
public final class HostClient implements AutoCloseable {

    public record Response(int status, List<Header> headers, byte[] bytes) {
        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.stream().filter(h -> h.getName().equalsIgnoreCase(name)).map(Header::getValue)
                    .findFirst().orElse(null);
        }

        public List<String> all(String name) {
            return headers.stream().filter(h -> h.getName().equalsIgnoreCase(name)).map(Header::getValue).toList();
        }
    }

    private final CloseableHttpClient client = HttpClients.custom().disableRedirectHandling()
            .disableContentCompression().disableCookieManagement().disableAutomaticRetries().build();
    private final int port;

    public HostClient(int port) {
        this.port = port;
    }

    public Response get(String host, String pathAndQuery) throws IOException {
        return send("GET", host, pathAndQuery, null, null);
    }

    public Response send(String method, String host, String pathAndQuery, String contentType, String body)
            throws IOException {
        return send(method, host, pathAndQuery, contentType, body, Map.of());
    }

    /** With more headers: a session cookie, the Origin a browser sends with a form. */
    public Response send(String method, String host, String pathAndQuery, String contentType, String body,
                         Map<String, String> headers) throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase(method, URI.create("http://127.0.0.1:" + port + pathAndQuery));
        request.setHeader("Host", host);
        headers.forEach(request::setHeader);
        if (body != null) {
            request.setEntity(new ByteArrayEntity(body.getBytes(StandardCharsets.UTF_8), ContentType.parse(contentType)));
        }
        return client.execute(request, response -> new Response(response.getCode(),
                Arrays.asList(response.getHeaders()),
                response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity())));
    }

    /**
     * Signs a new person up in the generated app at {@code host} (its email sign-up, with the Origin a browser's form
     * sends); the headers that carry their session.
     */
    public Map<String, String> signUp(String host, String email) throws IOException {
        Response signUp = send("POST", host, "/api/auth/sign-up/email", "application/json",
                "{\"name\":\"Ada\",\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}",
                Map.of("Origin", "http://" + host));
        if (signUp.status() != 200) {
            throw new AssertionError("signing up in the app answered " + signUp.status() + ": " + signUp.body());
        }
        return Map.of("Cookie", String.join("; ", signUp.all("set-cookie").stream()
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).toList()));
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
