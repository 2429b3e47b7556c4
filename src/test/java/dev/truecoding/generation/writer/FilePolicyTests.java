package dev.truecoding.generation.writer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FilePolicyTests {

    @ParameterizedTest
    @ValueSource(strings = {"src/app/api/posts/[id]/publish/route.ts", "src/components/PostList.tsx", "src/app/globals.css",
            "tests/publish.test.ts", "src/lib/data.json"})
    void sourceFilesUnderSrcAndTestsMayBeWritten(String path) {
        assertThat(FilePolicy.pathRefusal(path)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../../etc/passwd | path escapes the app",
            "src/../../x.ts | path escapes the app",
            "/etc/passwd | path escapes the app",
            "C:/Windows/x.ts | path escapes the app",
            "..\\evil.ts | path escapes the app",
            ".git/hooks/pre-commit | writes into .git",
            "src/.GIT/config | writes into .git",
            "src/.env.local | environment files hold settings and secrets, not code",
            "package.json | the dependencies are the template's",
            "src/package.json | the dependencies are the template's",
            "migrations/0002_more.sql | only files under src/ and tests/ may be written",
            ".github/workflows/ci.yml | only files under src/ and tests/ may be written",
            "next.config.ts | only files under src/ and tests/ may be written",
            "src/db/schema.ts | the database schema and migrations are the template's",
            "src/migrations/0002.ts | the database schema and migrations are the template's",
            "src/proxy.ts | the request proxy (src/proxy.ts) is the template's",
            "src/middleware.ts | the request proxy (src/proxy.ts) is the template's",
            "src/node_modules/x/index.js | hidden files and node_modules are not written",
            "src/.hidden.ts | hidden files and node_modules are not written"})
    void pathsOutsideTheAllowListAreRefusedWithTheirReason(String path, String reason) {
        assertThat(FilePolicy.pathRefusal(path)).isEqualTo(reason);
    }

    @Test
    void pathsTheValidatorRefusesAreRefusedToo() {
        assertThat(FilePolicy.pathRefusal("src//a.ts")).contains("not normalized");
        assertThat(FilePolicy.pathRefusal("src/" + "a".repeat(500) + ".ts")).contains("longer than 500");
        assertThat(FilePolicy.pathRefusal("src/run.sh")).startsWith("only source files (.cjs, .css");
        assertThat(FilePolicy.pathRefusal("")).isEqualTo("empty path");
    }

    @Test
    void contentIsCheckedForSizeAndSecrets() {
        assertThat(FilePolicy.contentRefusal("src/a.ts", "export const a = 1;\n", 1024)).isNull();
        assertThat(FilePolicy.contentRefusal("src/a.ts", "  \n", 1024)).isEqualTo("empty file");
        assertThat(FilePolicy.contentRefusal("src/a.ts", "é".repeat(600), 1024)).isEqualTo("larger than 1 KiB (2 KiB)");
        assertThat(FilePolicy.contentRefusal("src/a.ts", "const k = \"AKIAIOSFODNN7EXAMPLE\";", 1024))
                .isEqualTo("contains what looks like a secret (AWS access key)");
    }
}
