package dev.truecoding.vercel;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Vercel deployment as {@code GET /v13/deployments/{id}} describes it.
 *
 * @param url          its own address, {@code https://<name>-<hash>.vercel.app}
 * @param aliases      production domains pointing at it (e.g. {@code https://<name>.vercel.app}) once assigned
 * @param errorCode    Vercel's {@code errorCode} when it ended in ERROR
 * @param errorMessage Vercel's {@code errorMessage} when it ended in ERROR
 * @param inspectorUrl the deployment's page on Vercel, with its full build log
 */
public record VercelDeployment(String id, String projectId, State state, String url, List<String> aliases,
                               String target, String errorCode, String errorMessage, String inspectorUrl,
                               Instant createdAt) {

    /**
     * Vercel's {@code readyState}. BLOCKED (listed by the API, not described) is taken as final: such a deployment
     * waits for someone on Vercel, not for True Coding. States Vercel adds later read as UNKNOWN and are waited on.
     */
    public enum State {
        QUEUED, INITIALIZING, BUILDING, READY, ERROR, CANCELED, BLOCKED, UNKNOWN;

        public boolean isFinal() {
            return this == READY || this == ERROR || this == CANCELED || this == BLOCKED;
        }

        static State of(String value) {
            try {
                return value == null ? UNKNOWN : valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return UNKNOWN;
            }
        }
    }

    /** Where people should go: the first production alias when there is one, else the deployment's own URL. */
    public String productionUrl() {
        return aliases.isEmpty() ? url : aliases.getFirst();
    }

    /** For an ERROR: Vercel's message, else its code, else a pointer to the log; null otherwise. */
    public String failure() {
        if (state != State.ERROR && state != State.BLOCKED) {
            return null;
        }
        if (errorMessage != null) {
            return errorMessage;
        }
        return errorCode != null ? errorCode
                : "The deployment ended in " + state + " without a message; its build log is on Vercel" + (inspectorUrl == null ? "." : ": " + inspectorUrl);
    }

    static VercelDeployment from(JsonNode json) {
        List<String> aliases = new ArrayList<>();
        json.path("alias").forEach(alias -> aliases.add(https(alias.asString())));
        String state = json.path("readyState").isString() ? json.path("readyState").asString() : json.path("status").asString(null);
        return new VercelDeployment(json.path("id").asString(), json.path("projectId").asString(null), State.of(state),
                json.path("url").isString() ? https(json.path("url").asString()) : null, List.copyOf(aliases),
                json.path("target").asString(null), text(json, "errorCode"), text(json, "errorMessage"),
                text(json, "inspectorUrl"),
                json.path("createdAt").isNumber() ? Instant.ofEpochMilli(json.path("createdAt").asLong()) : null);
    }

    /** Vercel gives host names without a scheme. */
    private static String https(String host) {
        return host.startsWith("http://") || host.startsWith("https://") ? host : "https://" + host;
    }

    private static String text(JsonNode json, String field) {
        return json.path(field).isString() && !json.path(field).asString().isBlank() ? json.path(field).asString() : null;
    }
}
