package dev.truecoding.project;

import dev.truecoding.support.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same API tests against the real PostgreSQL: the seed's migration, enum casts, JSONB, cascades. */
@RequiresPostgres
class PostgresProjectApiTests extends ProjectApiTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        usePostgres(registry);
    }
}
