package dev.truecoding.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every page's layout shows who is signed in. A request attribute (templates read them like model attributes)
 * rather than a {@code @ModelAttribute}: it reaches error pages too — a page an exception handler renders, or
 * Boot's /error — so a signed-in person's 404 keeps their header.
 */
class CurrentUserInterceptor implements HandlerInterceptor {

    static final String ATTRIBUTE = "currentUser";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof org.springframework.web.servlet.resource.ResourceHttpRequestHandler) {
            return true; // a stylesheet or script shows nobody
        }
        SignedInUser user = SignedInUserArgumentResolver.current();
        if (user != null) {
            request.setAttribute(ATTRIBUTE, user);
        }
        return true;
    }
}
