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
 * one in another browser misses a handle changed since. So each request reads the person's row again (one lookup
 * by primary key) and {@link SignedInUserArgumentResolver#current()} answers with it: a page never shows an id
 * where a handle exists, nor an old handle. The session itself is left as it is.
 */
class FreshAccountFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = FreshAccountFilter.class.getName() + ".account";

    private final UserRepository users;

    FreshAccountFilter(UserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SignedInUser held = SignedInUserArgumentResolver.held(SecurityContextHolder.getContext().getAuthentication());
        if (held != null) {
            users.findById(held.id()).map(User::toSignedInUser)
                    .ifPresent(fresh -> request.setAttribute(ATTRIBUTE, fresh));
        }
        chain.doFilter(request, response);
    }
}
