package dev.truecoding.system;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Every API error is an RFC 9457 problem; validation problems list each field with its message under
 * {@code errors}, so a client can show them next to its inputs.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, say(e.phrase()));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.phrase() == null ? e.getMessage() : say(e.phrase()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, say(Phrase.of("problem.invalidFields")));
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        // Said in the request's terms (fields, lines): Jackson's own messages name Java classes and parser internals.
        Phrase detail = switch (e.getMostSpecificCause()) {
            case UnrecognizedPropertyException unknown -> Phrase.of("problem.body.unknownField", field(unknown));
            case MismatchedInputException mismatch when !mismatch.getPath().isEmpty() ->
                    Phrase.of("problem.body.fieldKind", field(mismatch), kind(mismatch.getTargetType()));
            case MismatchedInputException mismatch -> Phrase.of("problem.body.kind", kind(mismatch.getTargetType()));
            case StreamReadException syntax -> syntax.getLocation() == null || syntax.getLocation().getLineNr() < 1
                    ? Phrase.of("problem.body.notJson")
                    : Phrase.of("problem.body.notJsonAt", syntax.getLocation().getLineNr(), syntax.getLocation().getColumnNr());
            case JacksonException other -> Phrase.of("problem.body.notJsonForThis");
            default -> Phrase.of("problem.body.unreadable");
        };
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, say(detail)));
    }

    /** The phrase in the request's language (English when it names none). */
    private String say(Phrase phrase) {
        return Phrases.format(messages, phrase, LocaleContextHolder.getLocale());
    }

    /** "environment.API_KEY", "features[2].name". */
    private static String field(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Phrase kind(Class<?> type) {
        if (type == null) {
            return Phrase.of("problem.kind.other");
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return Phrase.of("problem.kind.text");
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return Phrase.of("problem.kind.number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Phrase.of("problem.kind.boolean");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Phrase.of("problem.kind.list");
        }
        return Phrase.of("problem.kind.object");
    }
}
