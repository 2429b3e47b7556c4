package dev.truecoding.account;

import dev.truecoding.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guessing passwords through the sign-in form, and tokens through git's basic auth, with the default settings:
 * the guesses are slowed, the right password is refused while they are, with a message saying how long to wait.
 * Each test guesses from addresses of its own, so other tests signing in from this machine are not slowed.
 */
class SignInThrottlingTests extends ApplicationTest {

    private static final String PASSWORD = "correct horse battery";

    @Test
    void twentyWrongPasswordsThenTheRightOneIsRefusedUntilTheWaitIsOver() throws Exception {
        ApiUser ada = signUp();
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            mvc.perform(signIn(ada.email(), "guess " + i, address)).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }

        MvcResult refused = mvc.perform(signIn(ada.email(), PASSWORD, address))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
        // The account, not just the address, is slowed.
        mvc.perform(signIn(ada.email(), PASSWORD, newAddress())).andExpect(unauthenticated());
        var session = (MockHttpSession) refused.getRequest().getSession();
        assertThat(session.getAttribute("SPRING_SECURITY_LAST_EXCEPTION")).isInstanceOf(SignInThrottledException.class);
        mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(content().string(containsString("Too many failed sign-ins for this account: wait")));

        mvc.perform(untilNotThrottled(ada.email(), address)).andExpect(authenticated().withUsername(ada.email()));
    }

    @Test
    void manyAccountsGuessedFromOneAddressSlowThatAddressOnly() throws Exception {
        ApiUser grace = signUp();
        String address = newAddress();
        for (int i = 0; i < 11; i++) {
            mvc.perform(signIn("nobody-" + UUID.randomUUID() + "@example.com", "guess", address)).andExpect(unauthenticated());
        }

        mvc.perform(signIn(grace.email(), PASSWORD, address)).andExpect(unauthenticated());
        mvc.perform(signIn(grace.email(), PASSWORD, newAddress())).andExpect(authenticated());
    }

    @Test
    void gitBasicAuthWithWrongTokensIsThrottledWithA429() throws Exception {
        ApiUser ada = signUp();
        String address = newAddress();
        String wrong = "tcp_" + "x".repeat(40);
        for (int i = 0; i < 4; i++) {
            mvc.perform(git(ada.email(), wrong, address)).andExpect(status().isUnauthorized());
        }

        mvc.perform(git(ada.email(), wrong, address))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("Too many failed sign-ins for this account")));
        mvc.perform(git(ada.email(), ada.token(), address)).andExpect(status().isTooManyRequests());
        // The sign-in form shares the count.
        mvc.perform(signIn(ada.email(), PASSWORD, newAddress())).andExpect(unauthenticated());
    }

    private MockHttpServletRequestBuilder signIn(String email, String password, String address) {
        return post("/login").with(csrf()).param("email", email).param("password", password).with(from(address));
    }

    private MockHttpServletRequestBuilder git(String email, String token, String address) {
        String basic = Base64.getEncoder().encodeToString((email + ":" + token).getBytes(StandardCharsets.UTF_8));
        return get("/git/cnobody/nothing.git/info/refs").param("service", "git-upload-pack")
                .header("Authorization", "Basic " + basic).with(from(address));
    }

    /** The right password, tried every half second (refused tries are not counted) until the wait is over. */
    private MockHttpServletRequestBuilder untilNotThrottled(String email, String address) throws Exception {
        for (int i = 0; i < 80; i++) {
            var attempt = mvc.perform(signIn(email, PASSWORD, address)).andReturn();
            if (!(attempt.getRequest().getSession().getAttribute("SPRING_SECURITY_LAST_EXCEPTION") instanceof SignInThrottledException)) {
                break;
            }
            Thread.sleep(500);
        }
        return signIn(email, PASSWORD, address);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String newAddress() {
        return "2001:db8::" + Integer.toHexString((int) (Math.random() * 0xffff)) + ":" + Integer.toHexString((int) (Math.random() * 0xffff));
    }
}
