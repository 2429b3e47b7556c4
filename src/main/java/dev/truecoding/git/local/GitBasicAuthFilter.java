package dev.truecoding.git.local;

import dev.truecoding.account.AccountService;
import dev.truecoding.account.SignInThrottledException;
import dev.truecoding.account.SignedInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP basic as git sends it: the account's email as user name, a personal access token as password. Every git
 * request needs it, even for a repository that does not exist, so a 401 reveals nothing; the challenge makes
 * git ask its credential helper. Credentials are never logged nor echoed.
 */
class GitBasicAuthFilter extends OncePerRequestFilter {

    static final String USER_ATTRIBUTE = GitBasicAuthFilter.class.getName() + ".user";
    private static final String BASIC = "Basic ";

    private final ObjectProvider<AccountService> accounts;

    GitBasicAuthFilter(ObjectProvider<AccountService> accounts) {
        this.accounts = accounts;
    }

    static Optional<SignedInUser> user(HttpServletRequest request) {
        return request.getAttribute(USER_ATTRIBUTE) instanceof SignedInUser user ? Optional.of(user) : Optional.empty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<SignedInUser> user;
        try {
            user = credentials(request.getHeader(HttpHeaders.AUTHORIZATION))
                    .flatMap(pair -> accounts.getObject().authenticateWithToken(pair[0], pair[1], request.getRemoteAddr()));
        } catch (SignInThrottledException throttled) {
            // Not a 401: git would ask for credentials again (or its helper would forget the right ones).
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000)));
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(throttled.getMessage() + "\n");
            return;
        }
        if (user.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"True Coding\", charset=\"UTF-8\"");
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Sign in with your email as user name and a personal access token "
                    + "(Settings → Access tokens) as password.\n");
            return;
        }
        request.setAttribute(USER_ATTRIBUTE, user.get());
        chain.doFilter(request, response);
    }

    private static Optional<String[]> credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon <= 0 ? Optional.empty() : Optional.of(new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)});
    }
}
