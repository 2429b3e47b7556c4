package dev.truecoding.vercel;

import dev.truecoding.vercel.VercelDeployment.State;
import dev.truecoding.vercel.VercelException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Deploys to the person's connected Vercel account or team: the project linked to the app's GitHub repository, its
 * environment variables, a production deployment of one commit followed to READY or ERROR with its build log, cancel,
 * and promotion of an earlier deployment (the rollback). Each method works for the user whose id it is given, and
 * throws {@link VercelException} with a message fit for that person.
 * <p>
 * Endpoints (https://vercel.com/docs/rest-api, shared/reference/wire-formats.md §5): {@code POST /v11/projects},
 * {@code GET /v9/projects/{idOrName}}, {@code POST /v10/projects/{id}/env?upsert=true}, {@code POST /v13/deployments},
 * {@code GET /v13/deployments/{id}}, {@code GET /v3/deployments/{id}/events}, {@code PATCH /v12/deployments/{id}/cancel},
 * {@code POST /v10/projects/{projectId}/promote/{deploymentId}}.
 */
@Service
public class VercelDeployments {

    private static final Logger log = LoggerFactory.getLogger(VercelDeployments.class);

    private final VercelConnections connections;
    private final VercelApi api;
    private final VercelSettings settings;

    VercelDeployments(VercelConnections connections, VercelApi api, VercelSettings settings) {
        this.connections = connections;
        this.api = api;
        this.settings = settings;
    }

    /**
     * The Vercel project for {@code gitHubRepository} ({@code owner/name}), created with the Next.js preset and linked
     * to the repository; when the name is taken (409), the existing project, if it deploys the same repository.
     *
     * @param name a project name; made lowercase and safe as Vercel requires ({@link #projectName})
     */
    public VercelProject findOrCreateProject(String userId, String name, String gitHubRepository) {
        if (gitHubRepository == null || !gitHubRepository.matches("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("Not a GitHub repository (owner/name): " + gitHubRepository);
        }
        VercelCredentials credentials = connections.credentials(userId);
        String projectName = projectName(name);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", projectName);
        body.put("framework", "nextjs");
        body.put("gitRepository", Map.of("type", "github", "repo", gitHubRepository));
        try {
            JsonNode created = api.call(credentials, HttpMethod.POST, "/v11/projects", Map.of(), body);
            log.info("Vercel project {} created for {}", created.path("id").asString(), gitHubRepository);
            return project(created, credentials);
        } catch (VercelException e) {
            if (e.reason() == Reason.REFUSED && e.status() == 400) {
                throw new VercelException(Reason.REFUSED, 400, e.vercelCode(), e.getMessage()
                        + " Vercel links only repositories its GitHub app may access: install or extend the Vercel "
                        + "GitHub app for " + gitHubRepository.substring(0, gitHubRepository.indexOf('/')) + ".", null);
            }
            if (e.reason() != Reason.CONFLICT) {
                throw e;
            }
        }
        VercelProject existing = project(api.get(credentials, "/v9/projects/" + VercelApi.segment(projectName)), credentials);
        if (existing.gitHubRepository() == null || !existing.gitHubRepository().equalsIgnoreCase(gitHubRepository)) {
            throw new VercelException(Reason.CONFLICT, 409, null, "A Vercel project named '" + projectName
                    + "' already exists and deploys " + (existing.gitHubRepository() == null ? "no GitHub repository"
                    : existing.gitHubRepository()) + ", not " + gitHubRepository + ". Rename or delete it on Vercel, "
                    + "or give the app another name.", null);
        }
        return existing;
    }

    /**
     * Creates or updates each variable for production and preview ({@code upsert=true}), all in one call. Vercel
     * answers the keys it could not save under {@code failed}; any is an error naming those keys (never values).
     */
    public void upsertEnvironmentVariables(String userId, String projectId, List<EnvironmentVariable> variables) {
        if (variables.isEmpty()) {
            return;
        }
        VercelCredentials credentials = connections.credentials(userId);
        List<Map<String, Object>> body = variables.stream().map(variable -> Map.<String, Object>of(
                "key", variable.key(),
                "value", variable.value(),
                "type", variable.secret() ? "sensitive" : "encrypted",
                "target", List.of("production", "preview"))).toList();
        JsonNode answer = api.call(credentials, HttpMethod.POST, "/v10/projects/" + VercelApi.segment(projectId) + "/env",
                Map.of("upsert", "true"), body);
        List<String> failures = new ArrayList<>();
        answer.path("failed").forEach(failed -> {
            JsonNode error = failed.path("error");
            failures.add(error.path("key").asString(error.path("envVarKey").asString("?")) + ": "
                    + error.path("message").asString(error.path("code").asString("refused")));
        });
        if (!failures.isEmpty()) {
            throw new VercelException(Reason.REFUSED, 400, null,
                    "Vercel did not save these environment variables: " + String.join("; ", failures) + ".", null);
        }
    }

    /** A production deployment of {@code commit} in {@code project}; Vercel builds it from GitHub. */
    public VercelDeployment createDeployment(String userId, VercelProject project, GitHubCommit commit) {
        Map<String, Object> gitSource = new LinkedHashMap<>();
        gitSource.put("type", "github");
        gitSource.put("org", commit.owner());
        gitSource.put("repo", commit.repository());
        gitSource.put("ref", commit.ref());
        if (commit.sha() != null) {
            gitSource.put("sha", commit.sha());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", project.name());
        body.put("project", project.id());
        body.put("target", "production");
        body.put("gitSource", gitSource);
        VercelDeployment deployment = VercelDeployment.from(api.call(connections.credentials(userId), HttpMethod.POST,
                "/v13/deployments", Map.of(), body));
        log.info("Vercel deployment {} created for {} at {}", deployment.id(), commit.fullName(), commit.sha());
        return deployment;
    }

    public VercelDeployment deployment(String userId, String deploymentId) {
        return VercelDeployment.from(api.get(connections.credentials(userId), "/v13/deployments/" + VercelApi.segment(deploymentId)));
    }

    /** The build output so far, oldest first. */
    public List<BuildLogLine> buildLog(String userId, String deploymentId) {
        List<BuildLogLine> lines = new ArrayList<>();
        new BuildEvents(api, connections.credentials(userId), deploymentId).read(lines::add);
        return lines;
    }

    /**
     * Follows a deployment until it is READY, ERROR, CANCELED or BLOCKED and returns it in that state; an ERROR is a
     * result, not an exception ({@link VercelDeployment#failure()} says why). Looks again after
     * {@code pollInterval}, doubling up to {@code pollMaxInterval} while nothing changes; new log lines and each
     * new state go to {@code listener}. Log lines are best effort: when Vercel will not give them, the build is
     * still followed.
     *
     * @throws VercelException TIMED_OUT after {@code deployTimeout} (the build may still finish on Vercel), or when a
     *                         call fails (the token revoked meanwhile, the deployment deleted…)
     */
    public VercelDeployment awaitCompletion(String userId, String deploymentId, DeploymentListener listener) {
        VercelCredentials credentials = connections.credentials(userId);
        Instant deadline = Instant.now().plus(settings.deployTimeout());
        BuildEvents events = new BuildEvents(api, credentials, deploymentId);
        Duration interval = settings.pollInterval();
        State seen = null;
        while (true) {
            VercelDeployment deployment = VercelDeployment.from(api.get(credentials, "/v13/deployments/" + VercelApi.segment(deploymentId)));
            events.readQuietly(listener);
            if (deployment.state() != seen) {
                seen = deployment.state();
                interval = settings.pollInterval();
                listener.stateChanged(deployment);
            } else {
                interval = min(interval.multipliedBy(2), settings.pollMaxInterval());
            }
            if (deployment.state().isFinal()) {
                return deployment;
            }
            if (Instant.now().plus(interval).isAfter(deadline)) {
                throw new VercelException(Reason.TIMED_OUT, 0, null, "The Vercel deployment " + deploymentId + " was still "
                        + deployment.state() + " after " + settings.deployTimeout().toMinutes() + " minutes, so True Coding "
                        + "stopped waiting. It may still finish on Vercel" + (deployment.inspectorUrl() == null ? "."
                        : ": " + deployment.inspectorUrl()), null);
            }
            sleep(interval);
        }
    }

    /** Cancels a deployment still queued or building; Vercel answers it CANCELED. */
    public VercelDeployment cancel(String userId, String deploymentId) {
        return VercelDeployment.from(api.call(connections.credentials(userId), HttpMethod.PATCH,
                "/v12/deployments/" + VercelApi.segment(deploymentId) + "/cancel", Map.of(), null));
    }

    /**
     * Points the project's production domains at an existing READY deployment, without rebuilding it: the way to
     * roll back to an earlier deployment. Vercel may finish the switch shortly after answering (201 or 202).
     */
    public void promote(String userId, String projectId, String deploymentId) {
        api.call(connections.credentials(userId), HttpMethod.POST, "/v10/projects/" + VercelApi.segment(projectId)
                + "/promote/" + VercelApi.segment(deploymentId), Map.of(), null);
        log.info("Vercel deployment {} promoted in project {}", deploymentId, projectId);
    }

    /**
     * A name Vercel accepts (lowercase letters, digits, {@code . _ -}, at most 100 characters, never {@code ---}):
     * "Recipe Box!" → {@code recipe-box}.
     */
    public static String projectName(String name) {
        String safe = (name == null ? "" : name).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-._]+|[-._]+$", "");
        if (safe.length() > 100) {
            safe = safe.substring(0, 100).replaceAll("[-._]+$", "");
        }
        return safe.isEmpty() ? "app" : safe;
    }

    private static VercelProject project(JsonNode json, VercelCredentials credentials) {
        JsonNode link = json.path("link");
        String repository = "github".equals(link.path("type").asString("")) && link.path("org").isString() && link.path("repo").isString()
                ? link.path("org").asString() + "/" + link.path("repo").asString() : null;
        return new VercelProject(json.path("id").asString(), json.path("name").asString(), repository, credentials.teamId());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VercelException(Reason.UNAVAILABLE, 0, "Interrupted while following a Vercel deployment.");
        }
    }
}
