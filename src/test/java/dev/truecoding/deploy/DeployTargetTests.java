package dev.truecoding.deploy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeployTargetTests {

    @Test
    void theSlugIsOneDnsLabelFromTheNameAndTheEndOfTheId() {
        assertThat(DeployTarget.forProject("cmww46prxbg1lmt8wghny0r83", "Tiny Blog").slug()).isEqualTo("tiny-blog-ny0r83");
        assertThat(DeployTarget.forProject("c123456789", "Café  Crème — Menu!").slug()).isEqualTo("cafe-creme-menu-456789");
        assertThat(DeployTarget.forProject("c123456789", "日本語").slug()).isEqualTo("app-456789");
        assertThat(DeployTarget.forProject("c123456789", "x".repeat(100)).slug()).hasSize(40 + 1 + 6);
    }

    @Test
    void twoProjectsWithOneNameGetTwoUrls() {
        assertThat(DeployTarget.forProject("caaaaaa111111", "Shop").slug())
                .isNotEqualTo(DeployTarget.forProject("caaaaaa222222", "Shop").slug());
    }

    @Test
    void refusesWhatCouldEscapeAFolderOrAHostName() {
        assertThatThrownBy(() -> new DeployTarget("../etc", "shop")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeployTarget("c1", "a.b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeployTarget("c1", "-a")).isInstanceOf(IllegalArgumentException.class);
    }
}
