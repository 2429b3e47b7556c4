package dev.truecoding.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A session keeps the person as they were when they signed in: one begun before people had handles has none, and
 * one in another browser misses a handle changed since. So a request that asks who is signed in
 * ({@link SignedInUserArgumentResolver#current()}) reads the person's row again, once (one lookup by primary key),
 * and is answered with it: a page never shows an id where a handle exists, nor an old handle. Requests that never
 * ask (a stylesheet) cost nothing. The session itself is left as it is.
 */
class FreshAccountFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = FreshAccountFilter.class.getName() + ".account";

    private final UserRepository users;

    FreshAccountFilter(UserRepository users) {
        this.users = users;
    }

    /** The person as their row reads now, looked up at the first question; as held when the row is gone. */
    static final class Fresh {

        private final SignedInUser held;
        private final UserRepository users;
        private SignedInUser fresh;

        Fresh(SignedInUser held, UserRepository users) {
            this.held = held;
            this.users = users;
        }

        synchronized SignedInUser get() {
            if (fresh == null) {
                fresh = users.findById(held.id()).map(User::toSignedInUser).orElse(held);
            }
            return fresh;
        }

        boolean isFor(SignedInUser person) {
            return held.id().equals(person.id());
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SignedInUser held = SignedInUserArgumentResolver.held(SecurityContextHolder.getContext().getAuthentication());
        if (held != null) {
            request.setAttribute(ATTRIBUTE, new Fresh(held, users));
        }
        chain.doFilter(request, response);
    }
}
