package dev.truecoding.account;

import dev.truecoding.system.DatabaseUrl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The accounts module booted alone with what it depends on: sign-up gives each person a unique handle from their
 * name, and their id, email and handle come back from a lookup.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "system")
@TestPropertySource(properties = {
        "truecoding.data-dir=target/test-data-account-module",
        "truecoding.session-store=memory",
        "truecoding.database-url=jdbc:h2:mem:truecoding-account-module" + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1"})
class AccountModuleTests {

    @Autowired
    AccountService accounts;

    @Test
    void twoPeopleOfTheSameNameGetTwoHandles() {
        String name = "Zélia " + UUID.randomUUID().toString().substring(0, 8);
        SignedInUser first = accounts.signUp(new SignUpForm(name, "z-" + UUID.randomUUID() + "@example.com", "long enough password"));
        SignedInUser second = accounts.signUp(new SignUpForm(name, "z-" + UUID.randomUUID() + "@example.com", "long enough password"));

        assertThat(first.handle()).startsWith("zelia-").matches(Handles::isValid);
        assertThat(second.handle()).isEqualTo(first.handle() + "-2");
        assertThat(accounts.findById(second.id())).contains(second);
        assertThat(second.addressName()).isEqualTo(second.handle());
    }

    @Test
    void aSecondSignUpWithTheSameEmailIsRefusedAndTakesNoHandle() {
        String email = "same-" + UUID.randomUUID() + "@example.com";
        accounts.signUp(new SignUpForm("Same Person", email, "long enough password"));

        assertThatThrownBy(() -> accounts.signUp(new SignUpForm("Same Person", email.toUpperCase(), "long enough password")))
                .isInstanceOf(EmailTakenException.class);
    }
}
