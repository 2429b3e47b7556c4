package dev.truecoding.generation.model;

import dev.truecoding.system.Phrase;
import dev.truecoding.generation.CoverageReport;
import dev.truecoding.plan.TechnicalPlan;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * GitHub Actions is always written (install, typecheck, test, build); the plan's provider adds its own config.
 * Plan steps those four cover are reported as generated; others (deploy, lint, e2e…) as not implemented.
 */
final class CiBuilder {

    private static final List<String> COVERED = List.of("install", "npm ci", "checkout", "node", "type", "tsc",
            "test", "vitest", "build", "cache");

    private CiBuilder() {
    }

    static AppModel.Ci read(TechnicalPlan.CICDConfig cicd, CoverageReport.Builder coverage) {
        if (cicd == null) {
            return new AppModel.Ci(false, false);
        }
        for (TechnicalPlan.CICDJob job : cicd.jobs() == null ? List.<TechnicalPlan.CICDJob>of() : cicd.jobs()) {
            if (job == null) {
                continue;
            }
            List<String> steps = job.steps() == null ? List.of() : job.steps().stream().filter(Objects::nonNull).toList();
            List<String> missing = steps.stream()
                    .filter(step -> COVERED.stream().noneMatch(step.toLowerCase(Locale.ROOT)::contains)).toList();
            if (missing.isEmpty()) {
                coverage.generated("ci job", Objects.toString(job.name(), "job"), Phrase.of("coverage.detail.ciCovered"));
            } else {
                coverage.notImplemented("ci job", Objects.toString(job.name(), "job"),
                        Phrase.of("coverage.detail.ciMissing", String.join("; ", missing)));
            }
        }
        return new AppModel.Ci(cicd.provider() == TechnicalPlan.CICDProvider.GITLAB_CI,
                cicd.provider() == TechnicalPlan.CICDProvider.CIRCLECI);
    }
}
