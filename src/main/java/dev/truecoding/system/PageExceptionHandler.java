package dev.truecoding.system;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/** Pages answer missing (or someone else's) things with a proper 404 page, and refused moves with a 409 page. */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final MessageSource messages;

    PageExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return new ModelAndView("error", Map.of("status", 404, "error", say(Phrase.of("error.notFound.title")),
                "message", say(e.phrase())), HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        return new ModelAndView("error", Map.of("status", 409, "error", say(Phrase.of("error.conflict.title")),
                "message", e.phrase() == null ? e.getMessage() : say(e.phrase())), HttpStatus.CONFLICT);
    }

    private String say(Phrase phrase) {
        return Phrases.format(messages, phrase, LocaleContextHolder.getLocale());
    }
}
