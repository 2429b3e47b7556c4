package dev.truecoding.conversation;

import dev.truecoding.change.DataEffects;
import dev.truecoding.change.LiveData;
import dev.truecoding.change.PlanDiff;
import dev.truecoding.change.Plans;
import dev.truecoding.plan.Renames;
import dev.truecoding.project.Project;
import dev.truecoding.version.PlanVersion;
import dev.truecoding.version.PlanVersionSummary;
import dev.truecoding.version.PlanVersions;

import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * On a LIVE project, what the iteration chat has made of the plans so far, read against the version the live app
 * was built from: the diff a person approves or discards, and what it would do to the records already stored.
 *
 * @param liveVersion the plan version that is live (the newest deployed one, else the newest generated one)
 */
record LiveProposal(int liveVersion, PlanDiff diff, DataEffects effects) {

    /**
     * Counting the live app's records needs the deployment's database; until the page is given a way to reach it,
     * every effect is listed with its count left out, and the card says so.
     */
    private static final LiveData NOT_COUNTED_HERE = new LiveData() {
        @Override
        public OptionalLong rows(String table) {
            throw new Unavailable("the live app's records could not be counted from this page");
        }

        @Override
        public OptionalLong nonNullValues(String table, String column) {
            throw new Unavailable("the live app's records could not be counted from this page");
        }
    };

    static Optional<LiveProposal> of(String userId, Project project, PlanVersions versions) {
        if (project.technicalPlan() == null) {
            return Optional.empty();
        }
        Optional<PlanVersionSummary> live = versions.list(userId, project.id()).stream()
                .filter(version -> version.deploymentId() != null).max(Comparator.comparingInt(PlanVersionSummary::version))
                .or(() -> versions.list(userId, project.id()).stream()
                        .filter(version -> version.commitSha() != null).max(Comparator.comparingInt(PlanVersionSummary::version)));
        return live.map(summary -> versions.get(userId, project.id(), summary.version()))
                .filter(version -> version.technicalPlan() != null)
                .map(version -> between(version, project));
    }

    private static LiveProposal between(PlanVersion live, Project project) {
        Plans before = new Plans(live.businessPlan(), live.technicalPlan());
        Plans after = new Plans(project.businessPlan(), project.technicalPlan());
        PlanDiff diff = PlanDiff.between(before, after, Renames.NONE);
        return new LiveProposal(live.version(), diff,
                DataEffects.of(diff, before.technical(), after.technical(), NOT_COUNTED_HERE));
    }
}
