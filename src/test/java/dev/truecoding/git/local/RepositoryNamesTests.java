package dev.truecoding.git.local;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepositoryNamesTests {

    @Test
    void makesTypedNamesSafe() {
        assertThat(RepositoryNames.safe("Recipe Box!")).isEqualTo("recipe-box");
        assertThat(RepositoryNames.safe("Crème brûlée")).isEqualTo("creme-brulee");
        assertThat(RepositoryNames.safe("../../etc")).isEqualTo("etc");
        assertThat(RepositoryNames.safe("app.git")).isEqualTo("app");
        assertThat(RepositoryNames.safe("  ")).isEqualTo("app");
        assertThat(RepositoryNames.safe("x".repeat(200))).hasSize(RepositoryNames.MAX_LENGTH);
    }

    @Test
    void candidatesStayWithinTheLimit() {
        assertThat(RepositoryNames.candidate("recipes", 1)).isEqualTo("recipes");
        assertThat(RepositoryNames.candidate("recipes", 3)).isEqualTo("recipes-3");
        assertThat(RepositoryNames.candidate("x".repeat(80), 12)).hasSize(80).endsWith("-12");
    }

    @Test
    void onlySafeNamesAndOwnerIdsPass() {
        assertThat(RepositoryNames.isSafe("recipe-box")).isTrue();
        assertThat(RepositoryNames.isSafe("..")).isFalse();
        assertThat(RepositoryNames.isSafe("Recipe")).isFalse();
        assertThat(RepositoryNames.isOwnerId("cmi1abc")).isTrue();
        assertThat(RepositoryNames.isOwnerId("../x")).isFalse();
    }
}
