package dev.truecoding.change;

import dev.truecoding.account.AccountService;
import dev.truecoding.account.SignedInUser;
import dev.truecoding.deploy.DeployRequest;
import dev.truecoding.deploy.Deployment;
import dev.truecoding.deploy.DeploymentService;
import dev.truecoding.generation.AppGenerator;
import dev.truecoding.generation.AppVersion;
import dev.truecoding.generation.AppVersions;
import dev.truecoding.generation.CodeValidator;
import dev.truecoding.generation.GeneratedApp;
import dev.truecoding.generation.GeneratedFileInfo;
import dev.truecoding.generation.PreviousVersion;
import dev.truecoding.generation.ValidationProgress;
import dev.truecoding.generation.ValidationResult;
import dev.truecoding.git.CommitResult;
import dev.truecoding.git.ConcurrentCommitException;
import dev.truecoding.git.ConflictSide;
import dev.truecoding.git.FileToCommit;
import dev.truecoding.git.GitHost;
import dev.truecoding.git.GitHosts;
import dev.truecoding.git.MergeConflict;
import dev.truecoding.git.RepositoryRef;
import dev.truecoding.git.TreeMerge;
import dev.truecoding.git.TreeMergeResult;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import dev.truecoding.project.ProjectStatus;
import dev.truecoding.run.Run;
import dev.truecoding.run.RunEnded;
import dev.truecoding.run.RunEvent;
import dev.truecoding.run.RunEvents;
import dev.truecoding.run.RunKind;
import dev.truecoding.run.RunProgress;
import dev.truecoding.run.RunRecord;
import dev.truecoding.run.RunType;
import dev.truecoding.run.StageFailure;
import dev.truecoding.system.Phrase;
import dev.truecoding.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A change's run, a kind of durable run: render the new plan, merge it with the repository (base: what True
 * Coding last generated; ours: the new generation; theirs: the repository's head), validate the merged tree,
 * commit it whole, record it as the app's version, then deploy it and follow the deployment. Every stage is safe
 * to run again after a crash: the same plan renders the same files, a commit already made is found (the merge
 * then changes nothing, or the change's row has it), and a deployment already started is followed, not started
 * again.
 */
@Component
class ChangeRun implements RunKind<ChangeStage> {

    static final String AUTHOR_NAME = "True Coding";
    static final String AUTHOR_EMAIL = "generator@truecoding.dev";

    private static final Descriptor<ChangeStage> DESCRIPTOR = new Descriptor<>(RunType.CHANGE, ChangeStage.class,
            ChangeRecords.TABLE, new Wording("change"));
    private static final Duration FOLLOW = Duration.ofMillis(500);

    private final ChangeRecords records;
    private final AccountService accounts;
    private final ProjectService projects;
    private final AppVersions versions;
    private final AppGenerator generator;
    private final CodeValidator validator;
    private final GitHosts hosts;
    private final DeploymentService deployments;
    private final RunEvents events;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher publisher;
    private final ChangeUndo undo;

    ChangeRun(ChangeRecords records, AccountService accounts, ProjectService projects, AppVersions versions,
              AppGenerator generator, CodeValidator validator, GitHosts hosts, DeploymentService deployments,
              RunEvents events, TransactionTemplate transactions, ApplicationEventPublisher publisher, ChangeUndo undo) {
        this.undo = undo;
        this.records = records;
        this.accounts = accounts;
        this.projects = projects;
        this.versions = versions;
        this.generator = generator;
        this.validator = validator;
        this.hosts = hosts;
        this.deployments = deployments;
        this.events = events;
        this.transactions = transactions;
        this.publisher = publisher;
    }

    @Override
    public Descriptor<ChangeStage> descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Optional<RunRecord> record(String runId) {
        return records.record(runId);
    }

    @Override
    public void moved(String runId, RunProgress progress) {
        records.moved(runId, progress);
    }

    /** Applied: the project's plans become the change's. Either way the chat it came from is told. */
    @Override
    public boolean end(String runId, RunEnded.Outcome outcome, String message, String details) {
        if (records.byId(runId).map(stored -> stored.change().status() == ChangeStatus.UNDOING).orElse(false)) {
            return undo.end(runId, outcome == RunEnded.Outcome.SUCCEEDED, message, details);
        }
        boolean applied = outcome == RunEnded.Outcome.SUCCEEDED;
        boolean preview = applied && records.preview(runId);
        if (!records.finish(runId, preview ? ChangeStatus.PREVIEW : applied ? ChangeStatus.APPLIED : ChangeStatus.FAILED,
                applied ? null : message, applied ? null : details)) {
            return false;
        }
        if (preview) {
            return true; // the project's plans and the chat wait for the preview to be put live (ChangePromotions)
        }
        ChangeRecords.Stored stored = records.byId(runId).orElseThrow(() -> new NotFoundException("Change"));
        Change change = stored.change();
        if (applied) {
            projects.saveTechnicalPlan(stored.userId(), change.projectId(), change.technicalPlan());
            if (change.businessPlan() != null) {
                projects.saveBusinessPlan(stored.userId(), change.projectId(), change.businessPlan());
            }
        }
        publisher.publishEvent(new ChangeEnded(change.id(), stored.userId(), change.projectId(), change.conversationId(),
                change.status()));
        return true;
    }

    @Override
    public void execute(Run<ChangeStage> run) throws IOException, InterruptedException {
        ChangeRecords.Stored stored = records.byId(run.id()).orElseThrow(() -> new NotFoundException("Change"));
        Change change = stored.change();
        SignedInUser person = accounts.findById(stored.userId()).orElseThrow(() -> new NotFoundException("User"));
        Project project = projects.get(person.id(), change.projectId());
        if (change.status() == ChangeStatus.UNDOING) {
            undo.execute(run, stored, person, project, this::follow);
            return;
        }
        GitHost host = hosts.byId(project.gitHost());
        RepositoryRef repository = DeploymentService.repositoryOf(project);
        AppVersion base = versions.last(project.id()).orElseThrow(() -> new StageFailure(
                Phrase.of("progress.change.noVersion"), null));
        if (!versions.recordedBy(change.id())) {
            // What undo returns to: the files generated before this change, and the business plan it replaces.
            records.saveBase(run.id(), base.files(), change.businessPlan() == null ? null : project.businessPlan());
        }

        // Recorded already (an attempt stopped after recording it, or the change is applied again after its
        // deployment failed): the last version is this change's own render, and rendering the plan on it again
        // would add its migration a second time.
        boolean recorded = versions.recordedBy(change.id());
        GeneratedApp app;
        if (recorded) {
            run.report(ChangeStage.MERGING, 0, Phrase.of("progress.change.alreadyGenerated"), null);
            app = new GeneratedApp(base.files(), null);
        } else {
            run.report(ChangeStage.MERGING, 0, Phrase.of("progress.change.rendering"), null);
            app = generator.generate(change.technicalPlan(),
                    change.businessPlan() != null ? change.businessPlan() : project.businessPlan(),
                    new PreviousVersion(stored.basePlan(), base.migrations(), change.diff().renames(), change.confirmDataLoss()));
        }

        String commit = change.commitSha();
        if (commit == null) {
            commit = mergeValidateCommit(run, change, person, host, repository, base, app, conflictSide(run.data()));
            records.saveCommit(run.id(), commit);
        }
        if (!recorded) {
            versions.record(new AppVersions.NewVersion(run.id(), person.id(), project.id(), host.id(), repository,
                    change.technicalPlan(), app.files(), commit));
        }

        Deployment deployment = deploy(run, person, project, commit);
        Deployment live = follow(run, person, deployment);
        if (live.status() != dev.truecoding.deploy.DeploymentStatus.READY) {
            throw new StageFailure(Phrase.of(live.errorMessage() == null ? "progress.change.deployFailed"
                    : "progress.change.deployFailedBecause", shortSha(live.commitSha()), live.errorMessage()), live.logExcerpt());
        }
        if (live.preview()) {
            run.succeed(ChangeStage.LIVE, Phrase.of("progress.change.previewUp", live.url()), live.url());
            return;
        }
        if (live.provider().equals(DeploymentService.BUILT_IN)) { // only built-in versions can be undone
            undo.countLiveRows(run.id(), person.id(), project.id(), change.technicalPlan());
        }
        run.succeed(ChangeStage.LIVE, live.url() == null ? Phrase.of("progress.change.live")
                : Phrase.of("progress.change.liveAt", live.url()), live.url());
    }

    /** The side the owner chose for conflicts when applying (the job's data), or null: conflicts stop the run. */
    static ConflictSide conflictSide(String data) {
        return data == null || data.isBlank() ? null : ConflictSide.valueOf(data);
    }

    /**
     * The merged tree, validated and committed on the head it was merged with; the commit's SHA (the head's, when
     * it already has the tree: a commit an interrupted attempt made is found this way, not made again).
     */
    private String mergeValidateCommit(Run<ChangeStage> run, Change change, SignedInUser person, GitHost host,
                                       RepositoryRef repository, AppVersion base, GeneratedApp app, ConflictSide prefer)
            throws IOException, InterruptedException {
        String head = host.headCommit(person, repository).orElseThrow(() ->
                new StageFailure(Phrase.of("progress.change.noCommit"), null));
        run.report(ChangeStage.MERGING, 0.3, Phrase.of("progress.change.merging", shortSha(head)), null);
        List<FileToCommit> theirs = host.readTree(person, repository, head);
        TreeMergeResult merged = TreeMerge.merge(files(base.files()), files(app.files()), theirs);
        if (!merged.clean() && prefer != null) {
            List<MergeConflict> settled = merged.conflicts();
            merged = TreeMerge.merge(files(base.files()), files(app.files()), theirs, prefer);
            run.report(ChangeStage.MERGING, 0.6, Phrase.of("progress.change.settled." + prefer.name(), settled.stream()
                    .map(MergeConflict::path).collect(Collectors.joining(", "))), ChangeConflicts.details(settled));
        }
        if (!merged.clean()) {
            throw new StageFailure(ChangeConflicts.message(merged.conflicts()), ChangeConflicts.details(merged.conflicts()));
        }
        run.report(ChangeStage.MERGING, 1, mergedMessage(merged), mergedDetails(merged));
        if (!merged.changesRepository()) {
            run.report(ChangeStage.COMMITTING, 1, Phrase.of("progress.change.alreadyCommitted", shortSha(head)), null);
            return head;
        }

        run.report(ChangeStage.VALIDATING, 0, Phrase.of("progress.change.checking"), null);
        GeneratedApp toValidate = new GeneratedApp(merged.tree().stream()
                .map(file -> GeneratedFileInfo.of(file.path(), new String(file.content(), StandardCharsets.UTF_8))).toList(),
                app.coverage());
        ValidationResult result = validator.validateIn(toValidate, change.technicalPlan(), versions.workspace(run.id()),
                versions.lastBuild(change.projectId()).orElse(null), ValidationProgress.reporting((fraction, message) -> run.report(ChangeStage.VALIDATING, fraction, message, null)));
        Optional<ValidationResult.Step> failed = result.failedStep();
        if (failed.isPresent()) {
            versions.discardWorkspace(run.id());
            throw new StageFailure(Phrase.of("progress.change.validationFailed", failed.get().name()), failed.get().logExcerpt());
        }

        run.report(ChangeStage.COMMITTING, 0, Phrase.of("progress.change.committing", merged.tree().size()), null);
        try {
            CommitResult commit = host.commitOnto(person, repository, head, merged.tree(), commitMessage(change),
                    AUTHOR_NAME, AUTHOR_EMAIL, (written, total, bytes) -> {
                    });
            run.report(ChangeStage.COMMITTING, 1, Phrase.of("progress.change.committed", shortSha(commit.sha()), change.summary()), null);
            return commit.sha();
        } catch (ConcurrentCommitException e) {
            throw new StageFailure(Phrase.of("progress.change.pushedMeanwhile"), null);
        }
    }

    /** Starts the deployment once (the project to Deploying with it), or finds the one already started. */
    private Deployment deploy(Run<ChangeStage> run, SignedInUser person, Project project, String commit) {
        String known = records.byId(run.id()).map(stored -> stored.change().deploymentId()).orElse(null);
        if (known != null) {
            return deployments.find(person.id(), known);
        }
        Deployment started = transactions.execute(status -> {
            if (projects.get(person.id(), project.id()).status() == ProjectStatus.GENERATING) {
                projects.moveTo(person.id(), project.id(), ProjectStatus.DEPLOYING);
            }
            Deployment deployment = deployments.start(person, new DeployRequest(project.id(), null, null, run.id(), commit,
                    records.preview(run.id())));
            records.saveDeployment(run.id(), deployment.id());
            return deployment;
        });
        run.report(ChangeStage.DEPLOYING, 0, Phrase.of("progress.change.deploying", shortSha(commit)), null);
        return started;
    }

    /** Mirrors the deployment's progress into the change's events until it ends; the deployment as it ended. */
    Deployment follow(Run<ChangeStage> run, SignedInUser person, Deployment deployment) throws InterruptedException {
        int seen = run.attempt() > 1 ? events.after(deployment.id(), 0).stream().mapToInt(RunEvent::id).max().orElse(0) : 0;
        Deployment now = deployment;
        while (true) {
            for (RunEvent event : events.after(deployment.id(), seen)) {
                seen = event.id();
                if (event.kind().equals(RunEvent.PROGRESS) && !"ready".equals(event.progress().stage())
                        && !"error".equals(event.progress().stage())) {
                    double fraction = event.progress().progress() / 100.0;
                    if (event.phrase() != null) { // said in each reader's language, as the deployment's own page does
                        run.report(ChangeStage.DEPLOYING, fraction, event.phrase(), event.progress().details());
                    } else {
                        run.report(ChangeStage.DEPLOYING, fraction, event.progress().message(), event.progress().details());
                    }
                }
            }
            now = deployments.find(person.id(), deployment.id());
            if (!now.status().active() && events.after(deployment.id(), seen).isEmpty()) {
                break;
            }
            Thread.sleep(FOLLOW.toMillis());
        }
        return now;
    }

    static List<FileToCommit> files(List<GeneratedFileInfo> files) {
        return files.stream().map(file -> FileToCommit.text(file.path(), file.content())).toList();
    }

    private static String commitMessage(Change change) {
        return change.summary() + "\n\nTrue Coding change " + change.id() + ":\n"
                + change.diff().changes().stream().map(c -> "- " + c.text()).reduce((a, b) -> a + "\n" + b).orElse("")
                + "\n";
    }

    private static Phrase mergedMessage(TreeMergeResult merged) {
        return merged.ownerEdits().isEmpty()
                ? Phrase.of("progress.change.merged", merged.written().size(), merged.deleted().size())
                : Phrase.of("progress.change.mergedWithEdits", merged.written().size(), merged.deleted().size(),
                merged.ownerEdits().size());
    }

    private static String mergedDetails(TreeMergeResult merged) {
        StringBuilder text = new StringBuilder();
        section(text, "Written", merged.written());
        section(text, "Removed (the plan no longer produces them)", merged.deleted());
        section(text, "Your edits kept", merged.ownerEdits());
        section(text, "Kept as you left them (the plan no longer produces them)", merged.keptDropped());
        return text.isEmpty() ? null : text.toString().strip();
    }

    private static void section(StringBuilder text, String title, List<String> paths) {
        if (!paths.isEmpty()) {
            text.append(title).append(":\n");
            paths.forEach(path -> text.append("  ").append(path).append('\n'));
        }
    }

    static String shortSha(String sha) {
        return sha == null ? "?" : sha.length() > 7 ? sha.substring(0, 7) : sha;
    }
}
