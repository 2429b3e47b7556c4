package dev.truecoding.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** V1 and V2 are the seed's SQL, character for character (the seed sits in ../shared beside the repository). */
class SeedMigrationTests {

    private static final Path SEED = Path.of("../shared/seed/000_431ff17becbb6a2f.txt");

    @Test
    void v1IsTheSeedsInitialSchemaAndV2ItsRecommendedIndexes() throws IOException {
        assumeTrue(Files.exists(SEED), "Skipped: the seed is not beside the repository at " + SEED);
        String seed = Files.readString(SEED);
        String initial = section(seed, "(-- migrations/001_initial_schema\\.sql.*?)```");
        String indexes = section(seed, "### Índices Recomendados\\s+```sql\\n(.*?)```");

        assertThat(migration("V1__initial_schema.sql")).endsWith(initial);
        assertThat(migration("V2__recommended_indexes.sql")).endsWith(indexes);
    }

    private static String section(String seed, String regex) {
        var matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(seed);
        assertThat(matcher.find()).as("seed section " + regex).isTrue();
        return matcher.group(1);
    }

    private static String migration(String name) throws IOException {
        return Files.readString(Path.of("src/main/resources/db/migration", name));
    }
}
