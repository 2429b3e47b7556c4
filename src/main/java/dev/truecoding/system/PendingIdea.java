package dev.truecoding.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.Optional;

/**
 * An idea typed on the home page before its author has an account: kept in the session until sign-up, then
 * turned into a project by {@link #CONTINUE_PATH}. Sign-up starts a fresh session (no fixation), so it carries the
 * idea across with {@link #take} and {@link #keep}.
 */
public final class PendingIdea {

    /** Where a person with a pending idea goes once signed in: it creates the project and its first message. */
    public static final String CONTINUE_PATH = "/ideas/continue";

    /** Where a visitor's prompt box posts (open to visitors, unlike the rest of /ideas). */
    public static final String PENDING_PATH = "/ideas/pending";

    private static final String ATTRIBUTE = PendingIdea.class.getName();

    private PendingIdea() {
    }

    public static void keep(HttpServletRequest request, String idea) {
        request.getSession(true).setAttribute(ATTRIBUTE, idea);
    }

    /** The pending idea, without removing it (the sign-up page shows it). */
    public static Optional<String> peek(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(ATTRIBUTE));
    }

    /** The pending idea, removed from the session: an idea becomes one project, once. */
    public static Optional<String> take(HttpServletRequest request) {
        Optional<String> idea = peek(request);
        idea.ifPresent(ignored -> request.getSession().removeAttribute(ATTRIBUTE));
        return idea;
    }
}
