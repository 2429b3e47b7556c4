package dev.truecoding.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * {@code Authorization: Bearer <personal access token>} on any request. A bad token is answered 401 at once
 * rather than treated as anonymous, so a script learns its token is wrong instead of seeing a login page.
 * <p>
 * A token cannot create tokens (through the API or the settings form): otherwise a leaked token could mint a
 * successor and outlive its own revocation. New tokens need the browser session, that is the password (or the
 * identity provider).
 */
class PersonalAccessTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final RequestMatcher CREATES_TOKENS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/tokens"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/settings/tokens"));

    private final PersonalAccessTokens tokens;
    private final ProblemAuthenticationEntryPoint entryPoint;

    PersonalAccessTokenFilter(PersonalAccessTokens tokens, ProblemAuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearerToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
        var user = tokens.authenticate(token);
        if (user.isEmpty()) {
            entryPoint.reject(response, "The personal access token is invalid or has been revoked.");
            return;
        }
        if (CREATES_TOKENS.matches(request)) {
            entryPoint.forbid(response, "A personal access token cannot create tokens. "
                    + "Create one while signed in with the browser (Settings → Access tokens).");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AccountAuthentication(user.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
