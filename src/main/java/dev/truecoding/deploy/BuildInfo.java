package dev.truecoding.deploy;

import java.time.Instant;

/**
 * One kept build of a project, newest first in {@link BuiltInDeployer#builds}: {@code built} when it can be
 * started (a rollback target), {@code live} when the production URL serves it.
 */
public record BuildInfo(String deploymentId, String commitSha, Instant createdAt, boolean built, boolean live) {
}
