package dev.truecoding.change;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.deploy.AppDataCounts;
import dev.truecoding.deploy.Deployment;
import dev.truecoding.deploy.DeploymentService;
import dev.truecoding.deploy.DeploymentStatus;
import dev.truecoding.generation.AppVersion;
import dev.truecoding.generation.AppVersions;
import dev.truecoding.generation.PlanTables;
import dev.truecoding.git.CommitResult;
import dev.truecoding.git.ConcurrentCommitException;
import dev.truecoding.git.FileToCommit;
import dev.truecoding.git.GitHost;
import dev.truecoding.git.GitHosts;
import dev.truecoding.git.RepositoryRef;
import dev.truecoding.git.TreeMerge;
import dev.truecoding.git.TreeMergeResult;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import dev.truecoding.run.Run;
import dev.truecoding.run.StageFailure;
import dev.truecoding.system.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Undoing an applied change, as the change's own run (UNDOING): the revert is merged first (the files generated
 * before the change, three-way against the change's render and the repository's head, so the owner's later commits
 * stay; a conflict stops the run before anything changed), then the built-in deployer puts the version that served
 * before back live on the copy of the database taken just before the change's deployment, and only then is the
 * revert committed on top of the head and recorded as the app's version, so the next change starts from it. A
 * failed switch changes nothing (the deployer puts everything back), and every step is found rather than done
 * twice when the run is revived after a kill: the undo deployment by its id on the change, the revert commit by
 * its id or by the head already having its tree, the version by its run id.
 */
@Component
class ChangeUndo {

    /** Follows a deployment to its end, mirroring its progress (the change run's). */
    interface Follower {
        Deployment follow(Run<ChangeStage> run, SignedInUser person, Deployment deployment) throws InterruptedException;
    }

    private final ChangeRecords records;
    private final ProjectService projects;
    private final AppVersions versions;
    private final GitHosts hosts;
    private final DeploymentService deployments;
    private final ObjectProvider<AppDataCounts> counts;
    private final TransactionTemplate transactions;

    ChangeUndo(ChangeRecords records, ProjectService projects, AppVersions versions, GitHosts hosts,
               DeploymentService deployments, ObjectProvider<AppDataCounts> counts, TransactionTemplate transactions) {
        this.records = records;
        this.projects = projects;
        this.versions = versions;
        this.hosts = hosts;
        this.deployments = deployments;
        this.counts = counts;
        this.transactions = transactions;
    }

    /** The id the undo's version is recorded under (a generation run's id, like a change's own version). */
    static String versionId(String changeId) {
        return "undo-" + changeId;
    }

    void execute(Run<ChangeStage> run, ChangeRecords.Stored stored, SignedInUser person, Project project,
                 Follower follower) throws IOException, InterruptedException {
        Change change = stored.change();
        ChangeRecords.UndoState state = records.undoState(change.id()).orElseThrow(() -> new NotFoundException("Change"));
        if (state.baseFiles() == null) {
            throw new StageFailure("This change was applied before True Coding kept what undoing it needs; nothing "
                    + "was changed.", null);
        }
        GitHost host = hosts.byId(project.gitHost());
        RepositoryRef repository = DeploymentService.repositoryOf(project);
        boolean recorded = versions.recordedBy(versionId(change.id()));

        if (state.undoDeploymentId() == null && !recorded) {
            run.report(ChangeStage.MERGING, 0, "Checking that the revert merges with the repository as it is now", null);
            revert(person, host, repository, change, state); // throws on a conflict: nothing has changed yet
        }

        Deployment deployment = state.undoDeploymentId() != null
                ? deployments.find(person.id(), state.undoDeploymentId()) : null;
        if (deployment == null) {
            deployment = transactions.execute(status -> {
                if (projects.get(person.id(), project.id()).status() == dev.truecoding.project.ProjectStatus.GENERATING) {
                    projects.moveTo(person.id(), project.id(), dev.truecoding.project.ProjectStatus.DEPLOYING);
                }
                Deployment started = deployments.undo(person, change.deploymentId(), change.id());
                records.saveUndoDeployment(change.id(), started.id());
                return started;
            });
            run.report(ChangeStage.DEPLOYING, 0, "Putting back the version that served before the change, on its "
                    + "database as it was just before the change went live", null);
        }
        Deployment ended = follower.follow(run, person, deployment);
        if (ended.status() != DeploymentStatus.READY) {
            throw new StageFailure("The undo did not go live" + (ended.errorMessage() == null ? ""
                    : ": " + ended.errorMessage()) + ". The change is still live with its data, and the repository is "
                    + "as it was.", ended.logExcerpt());
        }

        if (!recorded) {
            String commit = state.undoCommitSha();
            if (commit == null) {
                run.report(ChangeStage.DEPLOYING, 1, "Committing the revert on top of the repository's head", null);
                commit = commitRevert(person, host, repository, change, state);
                records.saveUndoCommit(change.id(), commit);
            }
            versions.record(new AppVersions.NewVersion(versionId(change.id()), person.id(), project.id(), host.id(),
                    repository, stored.basePlan(), state.baseFiles(), commit));
        }
        run.succeed(ChangeStage.LIVE, "Undone: the version before the change is live again"
                + (ended.url() == null ? "" : " at " + ended.url()) + ", with its data as they were.", ended.url());
    }

    /** Ends the undo: UNDONE with the plans as they were before the change, or APPLIED again with why not. */
    boolean end(String changeId, boolean undone, String message, String details) {
        if (!records.finishUndo(changeId, undone, undone ? null : message, undone ? null : details)) {
            return false;
        }
        if (undone) {
            ChangeRecords.Stored stored = records.byId(changeId).orElseThrow(() -> new NotFoundException("Change"));
            projects.saveTechnicalPlan(stored.userId(), stored.change().projectId(), stored.basePlan());
            records.undoState(changeId).map(ChangeRecords.UndoState::baseBusinessPlan).ifPresent(business ->
                    projects.saveBusinessPlan(stored.userId(), stored.change().projectId(), business));
        }
        return true;
    }

    /**
     * The revert merged with the head: base, the change's render (the last version); ours, the files generated
     * before it; theirs, the head. A conflict is a {@link StageFailure} saying where.
     */
    private TreeMergeResult revert(SignedInUser person, GitHost host, RepositoryRef repository, Change change,
                                   ChangeRecords.UndoState state) throws IOException {
        String head = host.headCommit(person, repository).orElseThrow(() ->
                new StageFailure("The repository has no commit; nothing was changed.", null));
        return revertOnto(person, host, repository, head, change, state);
    }

    private TreeMergeResult revertOnto(SignedInUser person, GitHost host, RepositoryRef repository, String head,
                                       Change change, ChangeRecords.UndoState state) throws IOException {
        AppVersion last = versions.last(change.projectId()).orElseThrow(() ->
                new StageFailure("The app's generated version is not recorded; nothing was changed.", null));
        List<FileToCommit> theirs = host.readTree(person, repository, head);
        TreeMergeResult merged = TreeMerge.merge(ChangeRun.files(last.files()), ChangeRun.files(state.baseFiles()), theirs);
        if (!merged.clean()) {
            throw new StageFailure("Undoing the change conflicts with edits made in the repository since, in "
                    + merged.conflicts().size() + " file" + (merged.conflicts().size() == 1 ? "" : "s") + ": "
                    + String.join(", ", merged.conflicts().stream().map(c -> c.path()).toList())
                    + ". Nothing was changed: the change is still live with its data. Undo those edits (or make the "
                    + "change's parts of them agree), then undo again.", ChangeConflicts.details(merged.conflicts()));
        }
        return merged;
    }

    /** Commits the revert on the head (merged again if someone pushed meanwhile); the head when it has the tree. */
    private String commitRevert(SignedInUser person, GitHost host, RepositoryRef repository, Change change,
                                ChangeRecords.UndoState state) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String head = host.headCommit(person, repository).orElseThrow(() ->
                    new StageFailure("The repository has no commit.", null));
            TreeMergeResult merged = revertOnto(person, host, repository, head, change, state);
            if (!merged.changesRepository()) {
                return head; // reverted already (an interrupted attempt's commit), or nothing of the change was left
            }
            try {
                CommitResult commit = host.commitOnto(person, repository, head, merged.tree(), "Undo: " + change.summary()
                                + "\n\nTrue Coding undid change " + change.id() + (change.commitSha() == null ? ""
                                : " (commit " + ChangeRun.shortSha(change.commitSha()) + ")") + ".\n",
                        ChangeRun.AUTHOR_NAME, ChangeRun.AUTHOR_EMAIL, (written, total, bytes) -> {
                        });
                return commit.sha();
            } catch (ConcurrentCommitException pushedMeanwhile) {
                if (attempt >= 2) {
                    throw new StageFailure("The repository kept changing while the revert was committed; the version "
                            + "before the change is live, but its revert is not committed. Undo again to commit it.", null);
                }
            }
        }
    }

    /**
     * The live app's rows per table of the change's plan, right after it went live: what an undo states as "written
     * since". Tables that cannot be counted now are left out (the undo then says it could not count them).
     */
    void countLiveRows(String changeId, String userId, String projectId, TechnicalPlan plan) {
        Map<String, Long> rows = new LinkedHashMap<>();
        LiveData live = LiveAppData.of(counts.getIfAvailable(), userId, projectId);
        PlanTables tables = PlanTables.of(plan);
        try {
            for (PlanTables.Table table : tables.tables()) {
                live.rows(table.table()).ifPresent(count -> rows.put(table.table(), count));
            }
            for (PlanTables.LinkTable link : tables.linkTables()) {
                live.rows(link.table()).ifPresent(count -> rows.put(link.table(), count));
            }
        } catch (LiveData.Unavailable | IllegalArgumentException notNow) {
            // Counted as far as it went: an undo says which tables it could not compare.
        }
        records.saveLiveCounts(changeId, rows);
    }

    /** The rows per table now, against when the change went live. */
    List<UndoPlan.TableRows> rowsSince(String userId, String projectId, Map<String, Long> atLive) {
        LiveData live = LiveAppData.of(counts.getIfAvailable(), userId, projectId);
        return atLive.entrySet().stream().map(entry -> {
            Long now;
            try {
                OptionalLong counted = live.rows(entry.getKey());
                now = counted.isPresent() ? counted.getAsLong() : 0L;
            } catch (LiveData.Unavailable | IllegalArgumentException notNow) {
                now = null;
            }
            return new UndoPlan.TableRows(entry.getKey(), entry.getValue(), now,
                    now == null ? null : now - entry.getValue());
        }).toList();
    }
}
