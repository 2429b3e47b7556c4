package dev.truecoding.vercel;

import dev.truecoding.vercel.VercelDeployment.State;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VercelSettingsTests {

    @Test
    void defaultsToVercelDotComAndTrimsATrailingSlash() {
        var defaults = settings(null, null, null, null);
        assertThat(defaults.apiUrl()).isEqualTo("https://api.vercel.com");
        assertThat(defaults.webUrl()).isEqualTo("https://vercel.com");
        assertThat(defaults.oauthConfigured()).isFalse();

        var configured = settings("oac_1", "secret", "true-coding", "http://localhost:9000/");
        assertThat(configured.apiUrl()).isEqualTo("http://localhost:9000");
        assertThat(configured.oauthConfigured()).isTrue();
        assertThat(settings("oac_1", "secret", "", null).oauthConfigured()).isFalse();
    }

    @Test
    void projectNamesKeepWhatVercelAllows() {
        assertThat(VercelDeployments.projectName("Recipe Box!")).isEqualTo("recipe-box");
        assertThat(VercelDeployments.projectName("  --Café & Co.--  ")).isEqualTo("caf-co");
        assertThat(VercelDeployments.projectName("my_app.v2")).isEqualTo("my_app.v2");
        assertThat(VercelDeployments.projectName("a---b")).isEqualTo("a-b");
        assertThat(VercelDeployments.projectName("!!!")).isEqualTo("app");
        assertThat(VercelDeployments.projectName("x".repeat(200))).hasSize(100);
    }

    @Test
    void aDeploymentReadsVercelsShapeAndExplainsAFailure() {
        var json = JsonMapper.builder().build();
        var ready = VercelDeployment.from(json.readTree("""
                {"id":"dpl_1","name":"app","url":"app-abc.vercel.app","readyState":"READY","readySubstate":"PROMOTED",
                 "alias":["app.vercel.app"],"target":"production","createdAt":1764000000000,"projectId":"prj_1"}"""));
        var failed = VercelDeployment.from(json.readTree("""
                {"id":"dpl_2","status":"ERROR","url":"app-def.vercel.app","inspectorUrl":"https://vercel.com/a/app/dpl_2"}"""));
        var future = VercelDeployment.from(json.readTree("{\"id\":\"dpl_3\",\"readyState\":\"SOMETHING_NEW\"}"));

        assertThat(ready.state()).isEqualTo(State.READY);
        assertThat(ready.productionUrl()).isEqualTo("https://app.vercel.app");
        assertThat(ready.url()).isEqualTo("https://app-abc.vercel.app");
        assertThat(ready.failure()).isNull();
        assertThat(failed.state()).isEqualTo(State.ERROR);
        assertThat(failed.productionUrl()).isEqualTo("https://app-def.vercel.app");
        assertThat(failed.failure()).contains("without a message").contains("https://vercel.com/a/app/dpl_2");
        assertThat(future.state()).isEqualTo(State.UNKNOWN);
        assertThat(future.state().isFinal()).isFalse();
    }

    @Test
    void variableNamesAreCheckedAndValuesNeverPrinted() {
        assertThat(new EnvironmentVariable("DATABASE_URL", "postgres://secret", true).toString()).doesNotContain("secret:");
        assertThat(new EnvironmentVariable("DATABASE_URL", "postgres://hunter2", true).toString()).doesNotContain("hunter2");
        assertThatThrownBy(() -> new EnvironmentVariable("1BAD", "x", false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new VercelCredentials("vt_secret", "team_1").toString()).doesNotContain("vt_secret");
    }

    private static VercelSettings settings(String id, String secret, String slug, String api) {
        return new VercelSettings(id, secret, slug, api, null, Duration.ofSeconds(60), 3, 3, Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(15), Duration.ofMinutes(45));
    }
}
