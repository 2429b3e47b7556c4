package dev.truecoding.connection;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

class OAuthStateTests {

    private final MockHttpSession session = new MockHttpSession();

    @Test
    void theIssuedStateMatchesOnceAndOnlyItself() {
        String state = OAuthState.issue(session, "state");

        assertThat(state).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(OAuthState.matches(session, "state", state)).isTrue();
        assertThat(OAuthState.matches(session, "state", state)).as("replayed").isFalse();
    }

    @Test
    void aWrongOrMissingStateFailsAndStillSpendsTheIssuedOne() {
        String state = OAuthState.issue(session, "state");

        assertThat(OAuthState.matches(session, "state", state + "x")).isFalse();
        assertThat(OAuthState.matches(session, "state", state)).as("after a failed try").isFalse();

        OAuthState.issue(session, "state");
        assertThat(OAuthState.matches(session, "state", null)).isFalse();
        assertThat(OAuthState.take(session, "state")).isEmpty();
    }

    @Test
    void nothingIssuedMatchesNothing() {
        assertThat(OAuthState.matches(session, "state", "anything")).isFalse();
        assertThat(OAuthState.issue(session, "a")).isNotEqualTo(OAuthState.issue(session, "b"));
    }
}
