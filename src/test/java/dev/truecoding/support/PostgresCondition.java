package dev.truecoding.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

class PostgresCondition implements ExecutionCondition {

    private static volatile Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (reachable == null) {
            reachable = Postgres.reachable();
        }
        if (reachable) {
            return ConditionEvaluationResult.enabled("PostgreSQL is reachable");
        }
        if (Postgres.required()) {
            throw new IllegalStateException("PostgreSQL is required (truecoding.test.strict=true) but "
                    + Postgres.URL + " does not answer");
        }
        return ConditionEvaluationResult.disabled("Skipped: PostgreSQL is not reachable at " + Postgres.URL
                + " (set TEST_DATABASE_URL, or start the server)");
    }
}
