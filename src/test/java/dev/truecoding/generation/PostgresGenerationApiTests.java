package dev.truecoding.generation;

import dev.truecoding.support.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same runs on the real PostgreSQL: the job table, the run and event tables, the project's fields. */
@RequiresPostgres
class PostgresGenerationApiTests extends GenerationApiTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        usePostgres(registry);
    }
}
