package dev.truecoding.deploy.builtin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.server.mvc.config.GatewayMvcProperties;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.RequestHttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.ResponseHttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.RemoveHopByHopRequestHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.RemoveHopByHopResponseHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.RemoveHttp2StatusResponseHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.TransferEncodingNormalizationRequestHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.XForwardedRequestHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.XForwardedRequestHeadersFilterProperties;
import org.springframework.cloud.gateway.server.mvc.handler.ClientHttpRequestFactoryProxyExchange;
import org.springframework.cloud.gateway.server.mvc.handler.ProxyExchange;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Serves the live apps: a request whose host is {@code <slug>.<base-domain>} goes to the port the slug's app
 * listens on, unchanged (method, path, query, body, headers including Host; redirects and compression are passed
 * through, streamed responses flushed as they come). It runs before Spring Security: a live app is the person's
 * public site, with its own sessions and forms, not part of True Coding's.
 *
 * <p>The forwarding is Spring Cloud Gateway Server MVC's {@link ProxyExchange} and its header filters, used as a
 * library (its routes stay off) over Apache HttpClient, which lets the Host header through unchanged.
 */
public final class AppProxyFilter extends OncePerRequestFilter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AppProxyFilter.class);
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private final Routes routes;
    private final String hostSuffix;
    private final Duration maxWait;
    private final long maxRequestBytes;
    private final CloseableHttpClient client;
    private final ProxyExchange exchange;
    private final List<RequestHttpHeadersFilter> requestFilters;
    private final List<ResponseHttpHeadersFilter> responseFilters;
    private final List<HttpMessageConverter<?>> converters = List.of();

    /**
     * @param maxWait how long a request waits while its app is being swapped or started
     */
    public AppProxyFilter(Routes routes, String baseDomain, Duration maxWait, long maxRequestBytes) {
        this.routes = routes;
        this.hostSuffix = "." + baseDomain.toLowerCase(Locale.ROOT);
        this.maxWait = maxWait;
        this.maxRequestBytes = maxRequestBytes;
        // The browser's request as it was: no redirects followed, no decompression, no cookie jar, no retries.
        this.client = HttpClients.custom().disableRedirectHandling().disableContentCompression()
                .disableCookieManagement().disableAutomaticRetries()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(200).setMaxConnPerRoute(100)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(5)).build())
                        .build())
                .build();
        this.exchange = new ClientHttpRequestFactoryProxyExchange(new HttpComponentsClientHttpRequestFactory(client),
                new GatewayMvcProperties());
        // Tomcat's RemoteIpValve has already put the real client address in place when True Coding sits behind
        // a proxy, so the address seen here is trusted to be appended to X-Forwarded-For.
        this.requestFilters = List.of(new RemoveHopByHopRequestHeadersFilter(),
                new TransferEncodingNormalizationRequestHeadersFilter(),
                new XForwardedRequestHeadersFilter(new XForwardedRequestHeadersFilterProperties(), ".*"));
        this.responseFilters = List.of(new RemoveHopByHopResponseHeadersFilter(),
                new RemoveHttp2StatusResponseHeadersFilter());
    }

    /** The slug a host names, or null when the request is for True Coding itself. */
    String slugOf(String host) {
        if (host == null) {
            return null;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (!name.endsWith(hostSuffix)) {
            return null;
        }
        String label = name.substring(0, name.length() - hostSuffix.length());
        return LABEL.matcher(label).matches() ? label : null;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return slugOf(request.getServerName()) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String slug = slugOf(request.getServerName());
        int port;
        try {
            port = routes.awaitPort(slug, maxWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (port == Routes.UNKNOWN) {
            page(response, 404, "No app here", "Nothing is deployed at " + request.getServerName() + ".");
            return;
        }
        if (port == Routes.UNAVAILABLE) {
            page(response, 503, "Starting", "This app is starting or being updated. Try again in a moment.");
            return;
        }
        if (internal(request.getRequestURI())) {
            page(response, 404, "Not found", "This page does not exist.");
            return;
        }
        if (request.getContentLengthLong() > maxRequestBytes) {
            page(response, 413, "Too large", "The request body is larger than " + maxRequestBytes + " bytes.");
            return;
        }
        forward(request, response, port);
    }

    /**
     * Whether a path reaches the app's internal routes ({@code /api/truecoding/…}, answered for True Coding alone
     * with the app's token): refused here however it is spelled (percent-encoded, doubled or back slashes, any
     * case), since the app normalises what it is given before routing.
     */
    static boolean internal(String rawPath) {
        String path = rawPath;
        for (int round = 0; round < 3 && path.indexOf('%') >= 0; round++) {
            try {
                path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException badEncoding) {
                return true; // the app would not route it anywhere sensible either
            }
        }
        path = path.replace('\\', '/').replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
        return path.equals("/api/truecoding") || path.startsWith("/api/truecoding/")
                || path.startsWith("/api/truecoding;") || path.startsWith("/api/truecoding?");
    }

    private void forward(HttpServletRequest request, HttpServletResponse response, int port)
            throws ServletException, IOException {
        ServerRequest serverRequest = ServerRequest.create(request, converters);
        // Path and query exactly as they arrived, still encoded.
        String query = request.getQueryString();
        URI target = URI.create("http://127.0.0.1:" + port + request.getRequestURI() + (query == null ? "" : "?" + query));
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(serverRequest.headers().asHttpHeaders());
        for (RequestHttpHeadersFilter filter : requestFilters) {
            headers = filter.apply(headers, serverRequest);
        }
        ProxyExchange.Request proxied = exchange.request(serverRequest).uri(target).headers(headers)
                .responseConsumer((upstream, serverResponse) -> {
                    HttpHeaders responseHeaders = upstream.getHeaders();
                    for (ResponseHttpHeadersFilter filter : responseFilters) {
                        responseHeaders = filter.apply(responseHeaders, serverResponse);
                    }
                    serverResponse.headers().putAll(responseHeaders);
                }).build();
        ServerResponse answer;
        try {
            answer = exchange.exchange(proxied);
        } catch (UncheckedIOException | IllegalStateException e) {
            log.debug("The app on port {} did not answer {}", port, request.getRequestURI(), e);
            page(response, 502, "Not answering", "The app did not answer. It may be restarting; try again shortly.");
            return;
        }
        try {
            answer.writeTo(request, response, () -> converters);
        } catch (IOException | ServletException | RuntimeException e) {
            // Usually the browser went away mid-response; never fall through to True Coding's error page.
            log.debug("Proxying {} to port {} broke off", request.getRequestURI(), port, e);
            if (!response.isCommitted()) {
                response.reset();
                page(response, 502, "Not answering", "The app's answer broke off. Try again shortly.");
            }
        }
    }

    private static void page(HttpServletResponse response, int status, String title, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(title) + "</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;"
                + "margin:4rem auto;padding:0 1rem;color:#222}</style></head><body><h1>" + HtmlUtils.htmlEscape(title)
                + "</h1><p>" + HtmlUtils.htmlEscape(message) + "</p><p><small>True Coding</small></p></body></html>");
    }

    /** Called by the servlet container when it stops. */
    @Override
    public void destroy() {
        try {
            close();
        } catch (IOException e) {
            log.debug("Closing the proxy's HTTP client failed", e);
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
