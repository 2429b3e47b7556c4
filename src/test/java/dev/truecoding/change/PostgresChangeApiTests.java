package dev.truecoding.change;

import dev.truecoding.support.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same proposals on the real PostgreSQL: the changes table, its JSON columns, the conversation's status. */
@RequiresPostgres
class PostgresChangeApiTests extends ChangeApiTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        usePostgres(registry);
    }
}
