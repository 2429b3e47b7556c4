package dev.truecoding.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Map;

/**
 * The one place text comes in: every form field and query parameter, and every string (and property name) of a
 * JSON body, whatever it is later read into — chat messages, plans, project names, settings. Text with a NUL or
 * an unpaired surrogate (see {@link UnsafeText}) is refused with a 400 naming the field, before any handler or
 * database sees it. A body that is not valid JSON is left to the handler, which says where the syntax breaks.
 * Runs after {@link RequestSizeLimitFilter}, so the body it reads is bounded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class TextInputFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    TextInputFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // git's smart HTTP carries binary packs; what they contain is the repository owner's business.
        return request.getRequestURI().startsWith(request.getContextPath() + "/git/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String problem = UnsafeText.problem(parameter.getKey());
            for (int i = 0; problem == null && i < parameter.getValue().length; i++) {
                problem = UnsafeText.problem(parameter.getValue()[i]);
            }
            if (problem != null) {
                refuse(request, response, displayable(parameter.getKey()), problem);
                return;
            }
        }
        if (!isJson(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        var unsafe = firstUnsafeString(body);
        if (unsafe != null) {
            refuse(request, response, unsafe.field(), unsafe.problem());
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private record Unsafe(String field, String problem) {
    }

    private Unsafe firstUnsafeString(byte[] body) {
        try (JsonParser parser = json.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME || token == JsonToken.VALUE_STRING) {
                    String problem = UnsafeText.problem(parser.getString());
                    if (problem != null) {
                        return new Unsafe(path(parser.streamReadContext()), problem);
                    }
                }
            }
            return null;
        } catch (JacksonException notJson) {
            return null;
        }
    }

    /** "features[2].name", the way the API's other problems name fields; "(body)" for a bare string. */
    private static String path(TokenStreamContext context) {
        var segments = new ArrayDeque<String>();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                segments.push("[" + at.getCurrentIndex() + "]");
            } else if (at.currentName() != null) {
                segments.push("." + displayable(at.currentName()));
            }
        }
        String path = String.join("", segments);
        return path.isEmpty() ? "(body)" : path.startsWith(".") ? path.substring(1) : path;
    }

    /** A field name fit to be echoed in the answer: the refused characters themselves are replaced. */
    private static String displayable(String name) {
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().forEach(c -> clean.appendCodePoint(c == 0 || Character.isSurrogate((char) c) && c <= 0xFFFF ? 0xFFFD : c));
        return clean.toString();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String field, String problem)
            throws IOException {
        FilterProblems.refuse(request, response, HttpStatus.BAD_REQUEST,
                "The field '" + field + "' contains " + problem + ". Remove it and send the text again.",
                Map.of("field", field));
    }

    private static boolean isJson(HttpServletRequest request) {
        if (request.getContentType() == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(request.getContentType());
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json");
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
