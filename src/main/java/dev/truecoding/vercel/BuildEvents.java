package dev.truecoding.vercel;

import dev.truecoding.vercel.VercelException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A deployment's build output, read in pieces with {@code GET /v3/deployments/{id}/events} (as JSON, not the
 * {@code follow=1} stream), each read starting where the last ended ({@code since}, epoch milliseconds). Whether
 * {@code since} is inclusive is not documented, so lines already passed on are recognised by their id and skipped.
 * Only events that carry build output become lines; {@code delimiter}, {@code deployment-state} and the like do not.
 */
final class BuildEvents {

    private static final Logger log = LoggerFactory.getLogger(BuildEvents.class);
    private static final Set<String> LOG_TYPES = Set.of("command", "stdout", "stderr", "exit", "fatal");

    private final VercelApi api;
    private final VercelCredentials credentials;
    private final String deploymentId;
    private final Set<String> delivered = new HashSet<>();
    private long since;

    BuildEvents(VercelApi api, VercelCredentials credentials, String deploymentId) {
        this.api = api;
        this.credentials = credentials;
        this.deploymentId = deploymentId;
    }

    /** Passes each line not passed on before to {@code sink}, oldest first. */
    void read(Consumer<BuildLogLine> sink) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("builds", "1");
        query.put("direction", "forward");
        query.put("limit", "-1");
        if (since > 0) {
            query.put("since", String.valueOf(since));
        }
        JsonNode events = api.call(credentials, HttpMethod.GET, "/v3/deployments/" + VercelApi.segment(deploymentId) + "/events", query, null);
        for (JsonNode event : events) {
            JsonNode payload = event.path("payload");
            long created = event.path("created").asLong(payload.path("date").asLong(0));
            String text = payload.path("text").isString() ? payload.path("text").asString() : event.path("text").asString(null);
            String type = event.path("type").asString("");
            String id = payload.path("id").asString(event.path("id").asString(created + "/" + payload.path("serial").asString("") + "/" + text));
            since = Math.max(since, created);
            if (text != null && LOG_TYPES.contains(type) && delivered.add(id)) {
                sink.accept(new BuildLogLine(Instant.ofEpochMilli(created), type, text));
            }
        }
    }

    /** The log is secondary to the build's state: only a refused token stops following the deployment. */
    void readQuietly(DeploymentListener listener) {
        try {
            read(listener::buildLog);
        } catch (VercelException e) {
            if (e.reason() == Reason.UNAUTHORIZED) {
                throw e;
            }
            log.debug("No build log for Vercel deployment {} this time: {}", deploymentId, e.reason());
        }
    }
}
