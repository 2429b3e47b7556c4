package dev.truecoding.support;

import dev.truecoding.toolchain.Sandbox;
import dev.truecoding.toolchain.SandboxSettings;
import dev.truecoding.toolchain.Toolchain;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;

class NpmCondition implements ExecutionCondition {

    private static volatile String missing;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (missing == null) {
            missing = missing();
        }
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("npm and the sandbox are there");
        }
        if (Boolean.getBoolean("truecoding.test.strict")) {
            throw new IllegalStateException("npm and a working sandbox are required (truecoding.test.strict=true): "
                    + missing);
        }
        return ConditionEvaluationResult.disabled("Skipped: " + missing
                + " (set -Dtruecoding.test.strict=true to make this a failure)");
    }

    private static String missing() {
        if (!Toolchain.npmAvailable()) {
            return "npm or node is not on PATH";
        }
        Sandbox sandbox = Sandbox.detect(SandboxSettings.defaults(), Path.of("target/sandbox-check").toAbsolutePath());
        return sandbox.runs() ? "" : sandbox.describe();
    }
}
