package dev.truecoding.project;

/**
 * A plan was approved and the project moved past the phases it ends: the business plan ends Discovery; the
 * technical plan ends Planning (and Discovery, for a plan brought straight from IDEATION). Published in the
 * approving transaction; {@code userId} is the owner's, so a listener reads the project as it is at approval.
 */
public record PlanApproved(String userId, String projectId, Plan plan) {

    public enum Plan { BUSINESS, TECHNICAL }
}
