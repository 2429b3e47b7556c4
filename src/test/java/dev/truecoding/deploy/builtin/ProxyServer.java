package dev.truecoding.deploy.builtin;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;

/**
 * A real Tomcat on a random port with the deploy proxy in front of a servlet that stands for True Coding
 * (it answers "True Coding" to whatever the proxy lets through).
 */
public final class ProxyServer implements AutoCloseable {

    private final WebServer server;
    private final AppProxyFilter filter;

    public ProxyServer(Routes routes, String baseDomain, Duration maxWait) {
        filter = new AppProxyFilter(routes, baseDomain, maxWait, 1024 * 1024);
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        server = factory.getWebServer(context -> {
            context.addFilter("appProxy", filter).addMappingForUrlPatterns(
                    EnumSet.of(jakarta.servlet.DispatcherType.REQUEST), false, "/*");
            context.addServlet("trueCoding", new HttpServlet() {
                @Override
                protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                    response.setContentType("text/plain");
                    response.getWriter().write("True Coding");
                }
            }).addMapping("/");
        });
        server.start();
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() throws IOException {
        server.stop();
        filter.close();
    }
}
