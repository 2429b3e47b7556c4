package dev.truecoding.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refusals made by servlet filters, before Spring MVC's own problem handling can run: an RFC 9457 problem for
 * the API, the error page (through the container's error dispatch) for pages.
 */
final class FilterProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FilterProblems() {
    }

    /** As below, the detail said in the request's language. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Phrase detail,
                       Map<String, Object> properties) throws IOException {
        refuse(request, response, status, Phrases.say(detail, Phrases.of(request)), properties);
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
                       Map<String, Object> properties) throws IOException {
        if (!isApi(request)) {
            response.sendError(status.value(), detail);
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", Phrases.say(Phrase.of("problem.title." + status.value()), Phrases.of(request)));
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.putAll(properties);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
