package dev.truecoding.version;

import dev.truecoding.change.PlanDiff;
import dev.truecoding.plan.Renames;
import dev.truecoding.project.ProjectService;
import dev.truecoding.system.NotFoundException;
import org.springframework.stereotype.Service;

import java.util.List;

/** The public API of plan versions: read and compared by the project's owner; another owner's is "not found". */
@Service
public class PlanVersions {

    private final ProjectService projects;
    private final PlanVersionRepository versions;

    PlanVersions(ProjectService projects, PlanVersionRepository versions) {
        this.projects = projects;
        this.versions = versions;
    }

    /** Newest first. */
    public List<PlanVersionSummary> list(String userId, String projectId) {
        projects.get(userId, projectId);
        return versions.list(projectId);
    }

    public PlanVersion get(String userId, String projectId, int version) {
        projects.get(userId, projectId);
        return versions.find(projectId, version).orElseThrow(() -> new NotFoundException("Plan version " + version));
    }

    /**
     * The diff of version {@code from} → {@code to} (either way round: an older {@code to} reads as undoing). No
     * rename is assumed: what looks like one is offered in {@code possibleRenames}, as for a proposal.
     */
    public PlanVersionDiff diff(String userId, String projectId, int from, int to) {
        PlanVersion before = get(userId, projectId, from);
        PlanVersion after = get(userId, projectId, to);
        PlanDiff diff = PlanDiff.between(before.plans(), after.plans(), Renames.NONE);
        return new PlanVersionDiff(from, to, diff.summary(), diff);
    }
}
