package dev.truecoding.version;

import java.time.Instant;

/**
 * One version in a project's list.
 *
 * @param version      1, 2, … in the order the plans were approved
 * @param approved     what made it: approving the {@code BUSINESS} or {@code TECHNICAL} plan, or a {@code GENERATION} of
 *                     plans edited after their approval (generating them approves them)
 * @param commitSha    the commit the last generation of this version made, or null while it was never generated
 * @param deploymentId the last deployment that put that commit live, or null
 */
public record PlanVersionSummary(int version, String approved, String commitSha, String deploymentId, Instant createdAt) {
}
