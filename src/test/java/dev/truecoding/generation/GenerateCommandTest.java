package dev.truecoding.generation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesTheAppAndPrintsItsFilesAndCoverage(@TempDir Path dir) throws Exception {
        Path technical = Files.writeString(dir.resolve("t.json"), SamplePlans.read("small.json"));
        Path business = Files.writeString(dir.resolve("b.json"), SamplePlans.read("small-business.json"));

        int code = run("generate", "--technical-plan", technical.toString(), "--business-plan", business.toString(),
                "--out", dir.resolve("app").toString());

        assertThat(code).isZero();
        assertThat(dir.resolve("app/src/app/api/posts/route.ts")).exists();
        assertThat(Files.readString(dir.resolve("app/package.json"))).contains("\"name\": \"tiny-blog\"");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("src/app/posts/page.tsx")
                .contains("Coverage of the plan:").contains("NOT_IMPLEMENTED");
    }

    @Test
    void readsManyToOneAsOneToManyTheOtherWayRound(@TempDir Path dir) throws Exception {
        Path technical = Files.writeString(dir.resolve("t.json"), SamplePlans.read("reserved.json"));

        run("generate", "--technical-plan", technical.toString(), "--out", dir.resolve("app").toString());

        assertThat(Files.readString(dir.resolve("app/migrations/0001_initial.sql")))
                .contains("ALTER TABLE \"orders\" ADD CONSTRAINT \"orders_user_id_fkey\"");
    }

    @Test
    void withThePreviousVersionKeepsItsMigrationsAndAddsOne(@TempDir Path dir) throws Exception {
        Path first = Files.writeString(dir.resolve("v1.json"), SamplePlans.read("small.json"));
        Path second = Files.writeString(dir.resolve("v2.json"), SamplePlans.read("small-v2.json"));
        run("generate", "--technical-plan", first.toString(), "--out", dir.resolve("app").toString());
        String initial = Files.readString(dir.resolve("app/migrations/0001_initial.sql"));

        int code = run("generate", "--technical-plan", second.toString(), "--previous-technical-plan", first.toString(),
                "--previous-app", dir.resolve("app").toString(), "--out", dir.resolve("app").toString());

        assertThat(code).isZero();
        assertThat(Files.readString(dir.resolve("app/migrations/0001_initial.sql"))).isEqualTo(initial);
        assertThat(Files.readString(dir.resolve("app/migrations/0002_plan_update.sql"))).contains("CREATE TABLE \"tags\"");
        assertThat(run("generate", "--technical-plan", second.toString(), "--previous-app", dir.toString(),
                "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("go together");
    }

    @Test
    void badInputExitsWithTwoAndAClearMessage(@TempDir Path dir) throws Exception {
        assertThat(run("generate", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--technical-plan and --out are required");

        assertThat(run("generate", "--technical-plan", dir.resolve("missing.json").toString(), "--out", dir.toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read");

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"dataModel\": [");
        assertThat(run("generate", "--technical-plan", broken.toString(), "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not valid JSON");
    }

    private int run(String... args) {
        return GenerateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
