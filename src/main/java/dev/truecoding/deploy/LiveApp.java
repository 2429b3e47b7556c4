package dev.truecoding.deploy;

import java.time.Instant;

/** The deployment a project's production URL serves right now. */
public record LiveApp(String projectId, String slug, String deploymentId, String commitSha, int port, String url,
                      Instant since) {
}
