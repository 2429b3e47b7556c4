package dev.truecoding.account;

import dev.truecoding.support.CookieClient;
import dev.truecoding.support.FakeOidcIssuer;
import dev.truecoding.system.DatabaseUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in through a real OIDC exchange with a local issuer: discovery, authorization code, signed ID token, JWKS. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "truecoding.data-dir=target/test-data",
        "truecoding.database-url=jdbc:h2:mem:truecoding-oidc-tests" + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1",
        "truecoding.oidc.client-id=" + FakeOidcIssuer.CLIENT_ID,
        "truecoding.oidc.client-secret=" + FakeOidcIssuer.CLIENT_SECRET,
        "truecoding.oidc.display-name=Clerk"})
class OidcSignInTests {

    private static final FakeOidcIssuer ISSUER = new FakeOidcIssuer();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("truecoding.oidc.issuer-uri", ISSUER::issuer);
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.close();
    }

    @Test
    void firstSignInCreatesTheUserAndLaterOnesFindIt() throws Exception {
        String subject = "user_" + UUID.randomUUID();
        String email = subject + "@example.com";
        ISSUER.signInAs(subject, email, "Ada Lovelace");

        var browser = new CookieClient();
        var landing = browser.browse(url("/oauth2/authorization/oidc"));
        assertThat(landing.uri().getPath()).isEqualTo("/projects");
        assertThat(landing.body()).contains("Ada Lovelace");
        assertThat(browser.get(URI.create(url("/api/me"))).body()).contains(email);

        ISSUER.signInAs(subject, email, "Ada King");
        var again = new CookieClient().browse(url("/oauth2/authorization/oidc"));
        assertThat(again.uri().getPath()).isEqualTo("/projects");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE clerk_id = ?").param(subject).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT name FROM users WHERE clerk_id = ?").param(subject).query(String.class).single()).isEqualTo("Ada King");
    }

    /** The issuer's name gives the first handle, as at sign-up; the person changes it and the issuer does not undo it. */
    @Test
    void aHandleFromTheIssuersClaimsCanBeChangedAndStays() throws Exception {
        String subject = "user_" + UUID.randomUUID();
        String email = subject + "@example.com";
        String surname = "Hopper" + UUID.randomUUID().toString().substring(0, 6);
        ISSUER.signInAs(subject, email, "Grace " + surname);
        var browser = new CookieClient();
        browser.browse(url("/oauth2/authorization/oidc"));
        assertThat(browser.get(URI.create(url("/api/me"))).body())
                .contains("\"handle\":\"grace-" + surname.toLowerCase(java.util.Locale.ROOT) + "\"");

        String chosen = "amazing-grace-" + UUID.randomUUID().toString().substring(0, 6);
        var changed = browser.submit(url("/settings/account"), url("/settings/account/handle"), "handle=" + chosen);
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(browser.get(URI.create(url("/api/me"))).body()).contains("\"handle\":\"" + chosen + "\"");
        assertThat(browser.browse(url("/settings/account")).body()).contains("id=\"current-handle\">" + chosen + "<");

        ISSUER.signInAs(subject, email, "Grace " + surname);
        var again = new CookieClient();
        again.browse(url("/oauth2/authorization/oidc"));
        assertThat(again.get(URI.create(url("/api/me"))).body()).contains("\"handle\":\"" + chosen + "\"");
    }

    @Test
    void anEmailOfALocalAccountIsNotTakenOverThroughTheIssuer() throws Exception {
        String email = "local-" + UUID.randomUUID() + "@example.com";
        accounts.signUp(new SignUpForm("Local Owner", email, "local password"));
        ISSUER.signInAs("attacker_" + UUID.randomUUID(), email, "Mallory");

        var browser = new CookieClient();
        var page = browser.browse(url("/oauth2/authorization/oidc"));

        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(page.body()).contains("An account with the email " + email + " already exists");
        assertThat(browser.get(URI.create(url("/api/me"))).statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT clerk_id FROM users WHERE email = ?").param(email).query(String.class).single()).startsWith("local_");
    }

    @Test
    void aCallbackWithAForgedStateIsRefused() throws Exception {
        var browser = new CookieClient();
        browser.get(URI.create(url("/oauth2/authorization/oidc")));
        var page = browser.browse(url("/login/oauth2/code/oidc?code=stolen&state=forged"));

        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(browser.get(URI.create(url("/api/me"))).statusCode()).isEqualTo(401);
    }

    @Test
    void theSignInPageOffersTheIssuer() throws Exception {
        assertThat(new CookieClient().browse(url("/login")).body()).contains("Continue with Clerk");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
