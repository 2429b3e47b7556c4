package dev.truecoding.project;

import dev.truecoding.support.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@RequiresPostgres
class PostgresPlanStorageTests extends PlanStorageTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        usePostgres(registry);
    }
}
