package dev.truecoding.account;

import dev.truecoding.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Handles people choose at sign-up and change later, through the pages and the API. */
class HandleChoiceTests extends ApplicationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private MockHttpSession signUpAs(String handle) throws Exception {
        String email = unique("h") + "@example.com";
        return (MockHttpSession) mvc.perform(post("/signup").with(csrf()).param("name", "Ana Souza").param("email", email)
                        .param("password", "correct horse battery").param("handle", handle))
                .andExpect(redirectedUrl("/projects"))
                .andReturn().getRequest().getSession();
    }

    private long users() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    @Test
    void theHandleChosenAtSignUpIsTheOneAddressesUse() throws Exception {
        String handle = unique("ana");
        MockHttpSession session = signUpAs("  " + handle.toUpperCase(Locale.ROOT) + " ");

        mvc.perform(get("/api/me").session(session)).andExpect(jsonPath("$.handle").value(handle));
        mvc.perform(get("/settings/account").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"current-handle\">" + handle + "<")));
    }

    @Test
    void aTakenReservedOrMalformedHandleIsRefusedWithItsReasonAndNothingIsCreated() throws Exception {
        String taken = unique("taken");
        signUpAs(taken);
        long before = users();
        record Case(String handle, String code, String english, String portuguese) {
        }
        for (Case refused : new Case[]{
                new Case(taken, "handle.taken", "This handle is taken", "Este identificador já está em uso"),
                new Case("settings", "handle.reserved", "used by True Coding&#39;s own addresses", "endereços do próprio True Coding"),
                new Case("ana souza!", "handle.invalid", "Use 2 to 39 lower-case letters", "Use de 2 a 39 letras minúsculas"),
                new Case("-ana", "handle.invalid", "Use 2 to 39 lower-case letters", "Use de 2 a 39 letras minúsculas")}) {
            mvc.perform(post("/signup").with(csrf()).param("name", "Copy").param("email", unique("c") + "@example.com")
                            .param("password", "correct horse battery").param("handle", refused.handle()))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("form", "handle", refused.code()))
                    .andExpect(content().string(containsString(refused.english())));
            mvc.perform(post("/signup").with(csrf()).locale(Locale.forLanguageTag("pt-BR")).header("Accept-Language", "pt-BR")
                            .param("name", "Cópia").param("email", unique("c") + "@example.com")
                            .param("password", "correct horse battery").param("handle", refused.handle()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(refused.portuguese())));
        }
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void leftEmptyTheHandleComesFromTheNameAsTheLiveCheckSuggests() throws Exception {
        String name = "Zé " + UUID.randomUUID().toString().substring(0, 6);
        String suggested = body(mvc.perform(get("/signup/handle-check").param("name", name).param("email", "z@example.com"))
                .andExpect(status().isOk()).andReturn()).get("suggestion").asString();
        assertThat(suggested).startsWith("ze-");

        var session = (MockHttpSession) mvc.perform(post("/signup").with(csrf()).param("name", name)
                        .param("email", unique("z") + "@example.com").param("password", "correct horse battery").param("handle", ""))
                .andExpect(redirectedUrl("/projects")).andReturn().getRequest().getSession();
        mvc.perform(get("/api/me").session(session)).andExpect(jsonPath("$.handle").value(suggested));

        mvc.perform(get("/signup/handle-check").param("handle", suggested))
                .andExpect(jsonPath("$.problem").value(containsString("taken")));
        mvc.perform(get("/signup/handle-check").param("handle", "api").header("Accept-Language", "pt-BR"))
                .andExpect(jsonPath("$.problem").value(containsString("endereços do próprio True Coding")));
        mvc.perform(get("/signup/handle-check").param("handle", unique("free")))
                .andExpect(jsonPath("$.problem").doesNotExist());
    }

    @Test
    void aChangedHandleShowsEverywhereAndTheOldOneStaysTheOwnersAlone() throws Exception {
        String first = unique("first");
        String second = unique("second");
        MockHttpSession session = signUpAs(first);

        mvc.perform(post("/settings/account/handle").session(session).with(csrf()).param("handle", second))
                .andExpect(redirectedUrl("/settings/account"));
        mvc.perform(get("/settings/account").session(session))
                .andExpect(content().string(containsString("id=\"current-handle\">" + second + "<")));
        mvc.perform(get("/api/me").session(session)).andExpect(jsonPath("$.handle").value(second));

        // The old handle is nobody else's: not at sign-up, not by changing to it…
        long before = users();
        mvc.perform(post("/signup").with(csrf()).param("name", "Hijacker").param("email", unique("x") + "@example.com")
                        .param("password", "correct horse battery").param("handle", first))
                .andExpect(model().attributeHasFieldErrorCode("form", "handle", "handle.taken"));
        assertThat(users()).isEqualTo(before);
        ApiUser other = signUp();
        mvc.perform(patch("/api/me").header("Authorization", other.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"handle\":\"" + first + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("taken")));
        mvc.perform(patch("/api/me").header("Authorization", other.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"handle\":\"git\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/me").header("Authorization", other.bearer()))
                .andExpect(jsonPath("$.handle").value(not(first)));

        // …but its owner may take it back.
        mvc.perform(post("/settings/account/handle").session(session).with(csrf()).param("handle", first))
                .andExpect(redirectedUrl("/settings/account"));
        mvc.perform(get("/api/me").session(session)).andExpect(jsonPath("$.handle").value(first));
    }

    @Test
    void aRefusedChangeSaysWhyOnTheAccountPageAndChangesNothing() throws Exception {
        String mine = unique("mine");
        MockHttpSession session = signUpAs(mine);
        mvc.perform(post("/settings/account/handle").session(session).with(csrf()).param("handle", "Not OK")
                        .header("Accept-Language", "pt-BR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use de 2 a 39 letras minúsculas")));
        mvc.perform(get("/api/me").session(session)).andExpect(jsonPath("$.handle").value(mine));
    }

    /** A session from before people had handles holds a person without one: pages read the handle fresh. */
    @Test
    void aSessionFromBeforeHandlesShowsTheHandleNotTheId() throws Exception {
        String handle = unique("old");
        signUpAs(handle);
        String id = jdbc.sql("SELECT id FROM users WHERE handle = ?").param(handle).query(String.class).single();
        String email = jdbc.sql("SELECT email FROM users WHERE id = ?").param(id).query(String.class).single();
        var old = new MockHttpSession();
        old.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(new AccountAuthentication(new SignedInUser(id, email, "Ana Souza", null))));

        mvc.perform(get("/api/me").session(old)).andExpect(jsonPath("$.handle").value(handle));
        mvc.perform(get("/settings/account").session(old))
                .andExpect(content().string(containsString("id=\"current-handle\">" + handle + "<")))
                .andExpect(content().string(not(containsString(">" + id + "<"))));
    }
}
