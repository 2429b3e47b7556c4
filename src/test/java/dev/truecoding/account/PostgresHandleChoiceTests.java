package dev.truecoding.account;

import dev.truecoding.support.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same choices on PostgreSQL: V19 runs there, and a refused handle leaves no row behind. */
@RequiresPostgres
class PostgresHandleChoiceTests extends HandleChoiceTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        usePostgres(registry);
    }
}
