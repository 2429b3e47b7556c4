package dev.truecoding.version;

import dev.truecoding.support.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same version tests on the real PostgreSQL: JSONB plans read back equal, the cascade, the newest-first order. */
@RequiresPostgres
class PostgresPlanVersionApiTests extends PlanVersionApiTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        usePostgres(registry);
    }
}
