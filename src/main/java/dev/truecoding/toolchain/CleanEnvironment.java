package dev.truecoding.toolchain;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment of a built or running app, built from nothing: True Coding's own variables (database URLs,
 * API keys, OAuth secrets) must never reach a person's app. Only what node and npm need to run is passed on.
 */
public final class CleanEnvironment {

    private CleanEnvironment() {
    }

    /** PATH and locale from here; HOME and npm's cache in the project's own folder; telemetry and prompts off. */
    public static Map<String, String> base(Path home) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin"));
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        env.put("NEXT_TELEMETRY_DISABLED", "1");
        env.put("CI", "true");
        env.put("npm_config_update_notifier", "false");
        env.put("npm_config_fund", "false");
        env.put("npm_config_audit", "false");
        env.put("npm_config_cache", home.resolve(".npm").toString());
        return env;
    }

    public static void apply(ProcessBuilder builder, Map<String, String> env) {
        builder.environment().clear();
        builder.environment().putAll(env);
    }
}
