package dev.truecoding.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's layout shows who is signed in. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserModelAdvice {

    @ModelAttribute("currentUser")
    SignedInUser currentUser() {
        return SignedInUserArgumentResolver.current();
    }
}
