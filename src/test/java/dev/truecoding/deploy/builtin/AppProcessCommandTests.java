package dev.truecoding.deploy.builtin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated app (start script {@code next start}) is started by Next.js directly, without npm in front; an app whose
 * owner changed the start script, or whose package.json cannot be read, still gets {@code npm start}, so the owner's
 * script is what runs.
 */
class AppProcessCommandTests {

    @TempDir
    Path build;

    @Test
    void theTemplatesStartScriptStartsNextDirectlyOnTheLoopbackPort() throws Exception {
        Files.writeString(build.resolve("package.json"), """
                {"name": "shop", "scripts": {"build": "next build", "start": "next start", "test": "vitest run"}}
                """);

        assertThat(AppProcess.command(build, 41234))
                .containsExactly("node", "node_modules/next/dist/bin/next", "start", "-p", "41234", "-H", "127.0.0.1");
    }

    @Test
    void anOwnersOwnStartScriptRunsThroughNpm() throws Exception {
        Files.writeString(build.resolve("package.json"), """
                {"scripts": {"start": "node scripts/warm.js && next start"}}
                """);

        assertThat(AppProcess.command(build, 41234))
                .containsExactly("npm", "start", "--", "-p", "41234", "-H", "127.0.0.1");
    }

    @Test
    void aMissingOrBrokenPackageJsonIsLeftToNpmToReport() throws Exception {
        assertThat(AppProcess.command(build, 5000)).startsWith("npm", "start");

        Files.writeString(build.resolve("package.json"), "{\"scripts\": {\"start\": ");
        assertThat(AppProcess.command(build, 5000)).startsWith("npm", "start");

        Files.writeString(build.resolve("package.json"), "{\"scripts\": {\"start\": [\"next start\"]}}");
        assertThat(AppProcess.command(build, 5000)).startsWith("npm", "start");
    }

    @Test
    void aLinkedPackageJsonIsNotFollowed() throws Exception {
        Path elsewhere = Files.writeString(build.resolveSibling(build.getFileName() + "-manifest.json"),
                "{\"scripts\": {\"start\": \"next start\"}}");
        Files.createSymbolicLink(build.resolve("package.json"), elsewhere);

        assertThat(AppProcess.command(build, 5000)).startsWith("npm", "start");
        Files.delete(elsewhere);
    }
}
