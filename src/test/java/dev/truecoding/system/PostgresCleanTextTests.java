package dev.truecoding.system;

import dev.truecoding.support.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same refusals on PostgreSQL, which cannot store a NUL in text at all and turns lone surrogates into '?'. */
@RequiresPostgres
class PostgresCleanTextTests extends CleanTextTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        usePostgres(registry);
    }
}
