package dev.truecoding.system;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem detail the API answers with is titled in the request's language: a title left as the status's
 * English reason phrase ("Conflict", "Not Found") — Spring's default, whoever built the problem — becomes
 * {@code problem.title.<status>} of the bundles. A title a controller chose itself is left as it is.
 */
@RestControllerAdvice
class ProblemTitles implements ResponseBodyAdvice<Object> {

    private final MessageSource messages;

    ProblemTitles(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            problem.setTitle(title(messages, problem.getStatus(), problem.getTitle(), LocaleContextHolder.getLocale()));
        }
        return body;
    }

    /** {@code title} in {@code locale} when it is the status's default one; as it is otherwise. */
    static String title(MessageSource messages, int status, String title, java.util.Locale locale) {
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null || (title != null && !title.equals(known.getReasonPhrase()))) {
            return title;
        }
        return messages.getMessage("problem.title." + status, null, known.getReasonPhrase(), locale);
    }
}
