package dev.truecoding.account;

import dev.truecoding.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AccountTests extends ApplicationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Test
    void signUpSignsInAndThePasswordWorksLater() throws Exception {
        String email = "Grace." + UUID.randomUUID() + "@Example.com";
        mvc.perform(post("/signup").with(csrf()).param("name", "Grace").param("email", email).param("password", "a long password"))
                .andExpect(redirectedUrl("/projects"))
                .andExpect(authenticated().withUsername(email.toLowerCase()));

        mvc.perform(formLogin("/login").user("email", email).password("a long password"))
                .andExpect(authenticated())
                .andExpect(redirectedUrl("/projects"));
        mvc.perform(formLogin("/login").user("email", email).password("wrong password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        String hash = jdbc.sql("SELECT c.password_hash FROM local_credentials c JOIN users u ON u.id = c.user_id WHERE u.email = ?")
                .param(email.toLowerCase()).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("a long password");
        String clerkId = jdbc.sql("SELECT clerk_id FROM users WHERE email = ?").param(email.toLowerCase()).query(String.class).single();
        assertThat(clerkId).startsWith("local_");
    }

    @Test
    void signUpFormShowsEachProblemAndCreatesNothing() throws Exception {
        long before = countUsers();
        mvc.perform(post("/signup").with(csrf()).param("name", "").param("email", "not-an-email").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "name", "email", "password"))
                .andExpect(content().string(containsString("This is not an email address.")));
        assertThat(countUsers()).isEqualTo(before);
    }

    @Test
    void anEmailCanOnlyBelongToOneAccount() throws Exception {
        ApiUser first = signUp();
        mvc.perform(post("/signup").with(csrf()).param("name", "Copy").param("email", first.email().toUpperCase())
                        .param("password", "another password"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "signUp.emailTaken"))
                .andExpect(content().string(containsString("An account with this email already exists.")));
    }

    @Test
    void signUpWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/signup").param("name", "Mallory").param("email", "m@example.com").param("password", "password123"))
                .andExpect(status().isForbidden());
    }

    @Test
    void tokensAreShownOnceStoredAsHashesAndStopWorkingWhenRevoked() throws Exception {
        ApiUser ada = signUp();
        mvc.perform(get("/api/me").header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$.email").value(ada.email()));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM personal_access_tokens WHERE token_hash = ? OR token_hint = ?")
                .params(ada.token(), ada.token()).query(Long.class).single()).isZero();
        mvc.perform(get("/api/tokens").header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].name").value("tests"))
                .andExpect(jsonPath("$[0].tokenHint").value(ada.token().substring(ada.token().length() - 4)))
                .andExpect(content().string(not(containsString(ada.token()))));

        String tokenId = body(mvc.perform(get("/api/tokens").header("Authorization", ada.bearer())).andReturn()).get(0).get("id").asString();
        mvc.perform(delete("/api/tokens/" + tokenId).header("Authorization", ada.bearer())).andExpect(status().isNoContent());
        mvc.perform(get("/api/me").header("Authorization", ada.bearer())).andExpect(status().isUnauthorized());
    }

    @Test
    void tokensPageCreatesShowsOnceAndRevokes() throws Exception {
        ApiUser ada = signUp();
        var created = mvc.perform(post("/settings/tokens").session(ada.session()).with(csrf()).param("name", "laptop git"))
                .andExpect(redirectedUrl("/settings/tokens"))
                .andExpect(flash().attributeExists("createdToken"))
                .andReturn();
        String token = (String) created.getFlashMap().get("createdToken");
        assertThat(token).startsWith("tcp_");
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(get("/settings/tokens").session(ada.session()))
                .andExpect(content().string(containsString("Copy it now")))
                .andExpect(content().string(containsString(token)));
        mvc.perform(get("/settings/tokens").session(ada.session()))
                .andExpect(content().string(containsString("laptop git")))
                .andExpect(content().string(not(containsString(token))));

        String id = jdbc.sql("SELECT id FROM personal_access_tokens WHERE name = 'laptop git' AND token_hint = ?")
                .param(token.substring(token.length() - 4)).query(String.class).single();
        mvc.perform(post("/settings/tokens/" + id + "/revoke").session(ada.session()).with(csrf()))
                .andExpect(redirectedUrl("/settings/tokens"));
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void gitStyleCredentialsNeedTheTokensOwnEmail() throws Exception {
        ApiUser ada = signUp();
        ApiUser eve = signUp();
        assertThat(accounts.authenticateWithToken(ada.email().toUpperCase(), ada.token())).map(SignedInUser::email).contains(ada.email());
        assertThat(accounts.authenticateWithToken(eve.email(), ada.token())).isEmpty();
        assertThat(accounts.authenticateWithToken(ada.email(), "tcp_" + "x".repeat(40))).isEmpty();
        assertThat(accounts.authenticateWithToken(ada.email(), null)).isEmpty();
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() throws Exception {
        ApiUser ada = signUp();
        ApiUser eve = signUp();
        String adaTokenId = body(mvc.perform(get("/api/tokens").header("Authorization", ada.bearer())).andReturn()).get(0).get("id").asString();

        mvc.perform(delete("/api/tokens/" + adaTokenId).header("Authorization", eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/me").header("Authorization", ada.bearer())).andExpect(status().isOk());
    }

    @Test
    void aTokenWithoutANameIsAProblem() throws Exception {
        ApiUser ada = signUp();
        mvc.perform(post("/api/tokens").session(ada.session()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void aTokenCannotMintAnotherSoARevokedTokenLeavesNothingBehind() throws Exception {
        ApiUser ada = signUp();
        mvc.perform(post("/api/tokens").header("Authorization", ada.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"successor\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("signed in with the browser")));
        // The settings form takes no CSRF token from a bearer request, so it must refuse just the same.
        mvc.perform(post("/settings/tokens").header("Authorization", ada.bearer()).param("name", "successor"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM personal_access_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = ?")
                .param(ada.email()).query(Long.class).single()).isEqualTo(1);

        // Reading and revoking with the token still work; the browser session still creates tokens.
        mvc.perform(get("/api/tokens").header("Authorization", ada.bearer())).andExpect(status().isOk());
        mvc.perform(post("/api/tokens").session(ada.session()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"second\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void signOutEndsTheSession() throws Exception {
        ApiUser ada = signUp();
        mvc.perform(get("/projects").session(ada.session())).andExpect(status().isOk());
        mvc.perform(post("/logout").session(ada.session()).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
        mvc.perform(get("/projects").session(ada.session())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theApiIsDescribedWithTokenAuthentication() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("True Coding API"))
                .andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/chat'].post").exists());
    }

    @Test
    void pagesNeedASignIn() throws Exception {
        mvc.perform(get("/projects")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("From an idea to a live app")));
    }

    private long countUsers() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }
}
