package dev.truecoding.deploy;

import com.sun.net.httpserver.HttpServer;
import dev.truecoding.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * In the whole application, requests for {@code <slug>.localhost} reach the app before Spring Security: no sign-in,
 * no CSRF token, no True Coding session; every other host is True Coding as before.
 */
class DeployProxyApplicationTests extends ApplicationTest {

    @Autowired
    private BuiltInDeployer deployer;

    private HttpServer app;

    @BeforeEach
    void anAppIsLive() throws IOException {
        app = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        app.createContext("/", exchange -> {
            byte[] body = (exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        app.start();
        deployer.routes().set("live-app", "project-of-the-test", app.getAddress().getPort());
    }

    @AfterEach
    void stopIt() {
        deployer.routes().remove("live-app");
        app.stop(0);
    }

    @Test
    void theLiveAppIsPublicAndTakesItsOwnFormsWithoutTrueCodingsCsrfToken() throws Exception {
        mvc.perform(post("/api/posts").header("Host", "live-app.localhost:8080")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Hi\"}"))
                .andExpect(status().isOk())
                .andExpect(content().string("POST /api/posts {\"title\":\"Hi\"}"));
        mvc.perform(get("/dashboard").header("Host", "live-app.localhost"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("GET /dashboard")));
    }

    @Test
    void anUnknownSlugGetsANotFoundPage() throws Exception {
        mvc.perform(get("/").header("Host", "no-such-app.localhost:8080"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Nothing is deployed at no-such-app.localhost")));
    }

    @Test
    void trueCodingItselfIsUntouched() throws Exception {
        mvc.perform(post("/api/projects").header("Host", "localhost:8080")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(not(containsString("POST /api/projects"))));
    }
}
