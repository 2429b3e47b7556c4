package dev.truecoding.github;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class GitHubSettingsTests {

    @Test
    void defaultsToGitHubDotComAndTrimsATrailingSlash() {
        var defaults = settings(null, null, null, null);
        assertThat(defaults.apiUrl()).isEqualTo("https://api.github.com");
        assertThat(defaults.url()).isEqualTo("https://github.com");
        assertThat(defaults.oauthConfigured()).isFalse();

        var enterprise = settings("id", "secret", "https://git.example.com/api/v3/", "https://git.example.com/");
        assertThat(enterprise.apiUrl()).isEqualTo("https://git.example.com/api/v3");
        assertThat(enterprise.url()).isEqualTo("https://git.example.com");
        assertThat(enterprise.oauthConfigured()).isTrue();
        assertThat(settings("id", "", null, null).oauthConfigured()).isFalse();
    }

    @Test
    void repositoryNamesKeepWhatGitHubAllows() {
        assertThat(GitHubRepositories.repositoryName("Recipe Box!")).isEqualTo("Recipe-Box");
        assertThat(GitHubRepositories.repositoryName("  --Café & Co.--  ")).isEqualTo("Caf-Co");
        assertThat(GitHubRepositories.repositoryName("my_app.v2")).isEqualTo("my_app.v2");
        assertThat(GitHubRepositories.repositoryName("!!!")).isEqualTo("app");
        assertThat(GitHubRepositories.repositoryName("x".repeat(200))).hasSize(90);
    }

    private static GitHubSettings settings(String id, String secret, String api, String web) {
        return new GitHubSettings(id, secret, api, web, Duration.ofSeconds(60), 3, 10);
    }
}
