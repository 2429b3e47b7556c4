package dev.truecoding.version;

import dev.truecoding.change.Plans;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;

import java.time.Instant;

/** One version with its plans; either plan may be absent (a business plan approved before any technical plan). */
public record PlanVersion(int version, String approved, String commitSha, String deploymentId, Instant createdAt,
                          BusinessPlan businessPlan, TechnicalPlan technicalPlan) {

    Plans plans() {
        return new Plans(businessPlan, technicalPlan);
    }
}
