package dev.truecoding.toolchain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BuildCachesTests {

    @TempDir
    Path dir;

    @Test
    void copiesTheCompilersCachesOfTheEarlierBuildAndNothingElse() throws Exception {
        Path earlier = dir.resolve("earlier");
        Files.createDirectories(earlier.resolve(".next/cache/turbopack"));
        Files.writeString(earlier.resolve(".next/cache/turbopack/00001.sst"), "compiled");
        Files.writeString(earlier.resolve("tsconfig.tsbuildinfo"), "{\"version\":\"5.9.3\"}");
        Files.createDirectories(earlier.resolve(".next/server"));
        Files.writeString(earlier.resolve(".next/server/page.js"), "the earlier version's output");
        Files.createDirectories(earlier.resolve("src"));
        Files.writeString(earlier.resolve("src/page.tsx"), "the earlier version's source");
        Path workspace = Files.createDirectories(dir.resolve("workspace"));

        assertThat(BuildCaches.seed(earlier, workspace)).containsExactly(".next/cache", "tsconfig.tsbuildinfo");

        assertThat(workspace.resolve(".next/cache/turbopack/00001.sst")).hasContent("compiled");
        assertThat(workspace.resolve("tsconfig.tsbuildinfo")).hasContent("{\"version\":\"5.9.3\"}");
        assertThat(workspace.resolve(".next/server")).doesNotExist();
        assertThat(workspace.resolve("src")).doesNotExist();
        // A copy: the new build rewriting its cache leaves the earlier build's as it was.
        Files.writeString(workspace.resolve(".next/cache/turbopack/00001.sst"), "recompiled");
        assertThat(earlier.resolve(".next/cache/turbopack/00001.sst")).hasContent("compiled");

        BuildCaches.clear(workspace);
        assertThat(workspace.resolve(".next/cache")).doesNotExist();
        assertThat(workspace.resolve("tsconfig.tsbuildinfo")).doesNotExist();
    }

    @Test
    void noEarlierBuildOrNoCacheMeansAColdBuild() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("workspace"));

        assertThat(BuildCaches.seed(null, workspace)).isEmpty();
        assertThat(BuildCaches.seed(dir.resolve("missing"), workspace)).isEmpty();
        assertThat(BuildCaches.seed(Files.createDirectories(dir.resolve("never-built")), workspace)).isEmpty();
        try (var files = Files.list(workspace)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aLinkTheEarlierBuildLeftInPlaceOfACacheIsNotFollowed() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "another project's data");
        Path earlier = Files.createDirectories(dir.resolve("earlier"));
        Files.createSymbolicLink(earlier.resolve("tsconfig.tsbuildinfo"), secret);
        Files.createDirectories(earlier.resolve(".next"));
        Files.createSymbolicLink(earlier.resolve(".next/cache"), dir);
        Path workspace = Files.createDirectories(dir.resolve("workspace"));

        assertThat(BuildCaches.seed(earlier, workspace)).isEmpty();

        assertThat(workspace.resolve("tsconfig.tsbuildinfo")).doesNotExist();
        assertThat(workspace.resolve(".next")).doesNotExist();
    }
}
