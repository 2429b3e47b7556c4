package dev.truecoding.generation.run;

import dev.truecoding.account.AccountService;
import dev.truecoding.account.SignedInUser;
import dev.truecoding.generation.AppGenerator;
import dev.truecoding.generation.CodeValidator;
import dev.truecoding.generation.CodeWriter;
import dev.truecoding.generation.CoverageReport;
import dev.truecoding.generation.GeneratedApp;
import dev.truecoding.generation.GeneratedFileInfo;
import dev.truecoding.generation.GenerationProgress;
import dev.truecoding.generation.GenerationRun;
import dev.truecoding.generation.GenerationStage;
import dev.truecoding.generation.PreviousVersion;
import dev.truecoding.generation.ValidationResult;
import dev.truecoding.generation.WrittenApp;
import dev.truecoding.git.CommitResult;
import dev.truecoding.git.ConcurrentCommitException;
import dev.truecoding.git.FileToCommit;
import dev.truecoding.git.GitHost;
import dev.truecoding.git.GitHosts;
import dev.truecoding.git.RepositoryRef;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import dev.truecoding.project.ProjectStatus;
import dev.truecoding.system.ConflictException;
import dev.truecoding.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * One generation run, stage by stage: repository, files, validation, commit, CI, ready. Every stage is safe to
 * run again, because a run interrupted by a crash starts over when its job is revived: the repository recorded
 * on the run (or the project) is found rather than created again, the same plan renders the same files, and
 * nothing is committed before the validation of this attempt passed.
 */
@Component
class GenerationPipeline {

    /** A run whose job was started this many times without finishing is given up. */
    static final int MAX_ATTEMPTS = 3;
    static final String AUTHOR_NAME = "True Coding";
    static final String AUTHOR_EMAIL = "generator@truecoding.dev";

    private static final Logger log = LoggerFactory.getLogger(GenerationPipeline.class);

    private final GenerationRuns runs;
    private final RunEvents events;
    private final GeneratedFiles generatedFiles;
    private final GitHosts hosts;
    private final ProjectService projects;
    private final AccountService accounts;
    private final AppGenerator generator;
    private final CodeValidator validator;
    private final ValidatedBuilds builds;
    private final TransactionTemplate transactions;
    private final Optional<CodeWriter> writer;

    GenerationPipeline(GenerationRuns runs, RunEvents events, GeneratedFiles generatedFiles, GitHosts hosts,
                       ProjectService projects, AccountService accounts, AppGenerator generator, CodeValidator validator,
                       ValidatedBuilds builds, TransactionTemplate transactions, Optional<CodeWriter> writer) {
        this.runs = runs;
        this.events = events;
        this.generatedFiles = generatedFiles;
        this.hosts = hosts;
        this.projects = projects;
        this.accounts = accounts;
        this.generator = generator;
        this.validator = validator;
        this.builds = builds;
        this.transactions = transactions;
        this.writer = writer;
    }

    void run(String runId) {
        Optional<GenerationRuns.Work> found = runs.findWork(runId);
        if (found.isEmpty()) {
            return; // its project was deleted
        }
        GenerationRuns.Work work = found.get();
        if (!work.run().running()) {
            // Finished, but True Coding may have stopped before the project moved on.
            moveProject(work.userId(), work.run().projectId(), work.run().status() == GenerationRun.Status.SUCCEEDED
                    ? ProjectStatus.DEPLOYING : ProjectStatus.FAILED);
            return;
        }
        Tracker tracker = new Tracker(runId, work.run().stage());
        int attempt = runs.countAttempt(runId);
        if (attempt > MAX_ATTEMPTS) {
            fail(work, tracker, "The run was interrupted " + (attempt - 1) + " times (True Coding stopped while it ran) "
                    + "and was given up. Nothing more was committed; generate again to retry.", null);
            return;
        }
        if (attempt > 1) {
            tracker.report(work.run().stage(), 0, "Resuming after True Coding restarted (attempt " + attempt + " of "
                    + MAX_ATTEMPTS + "); stages start over and reuse what is already done.", null);
        }
        try {
            execute(work, tracker);
        } catch (StageFailure failure) {
            fail(work, tracker, failure.getMessage(), failure.details);
        } catch (RuntimeException | IOException e) {
            log.warn("Generation run {} failed at {}: {}", runId, tracker.stage, e.toString());
            log.debug("Generation run {} failure", runId, e);
            fail(work, tracker, explain(e), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // Shutting down: the job stays picked, and is revived once this instance's heartbeat is missed.
            throw new IllegalStateException("generation run " + runId + " interrupted by shutdown", e);
        }
    }

    private void execute(GenerationRuns.Work work, Tracker tracker) throws IOException, InterruptedException {
        GenerationRun run = work.run();
        SignedInUser person = accounts.findById(work.userId()).orElseThrow(() -> new NotFoundException("User"));
        Project project = projects.get(person.id(), run.projectId());
        GitHost host = hosts.byId(run.host());

        RepositoryRef repository = repository(person, project, run, host, tracker);

        tracker.report(GenerationStage.GENERATING_FILES, 0, "Rendering the app from the technical plan", null);
        GeneratedApp app = generator.generate(work.plan(), project.businessPlan(), previousVersion(project.id()));
        int entities = work.plan().dataModel() == null || work.plan().dataModel().entities() == null ? 0
                : work.plan().dataModel().entities().size();
        tracker.report(GenerationStage.GENERATING_FILES, 1, "Rendered " + app.files().size() + " files ("
                + kilobytes(app.totalSize()) + ") for " + entities + " entities", coverageSummary(app.coverage()));

        String writtenBy = null;
        ValidationResult validation;
        if (writer.isPresent()) {
            CodeWriter.Outcome outcome = writeWithModel(writer.get(), app, work, project, tracker);
            app = outcome.app();
            validation = outcome.validation();
            writtenBy = outcome.written() == null ? null : writer.get().model().provider() + " " + writer.get().model().model();
        } else {
            validation = validate(app, work, tracker);
        }
        checkPassed(validation, app, work.run().id());
        runs.saveReports(run.id(), app.coverage(), validation);

        tracker.report(GenerationStage.COMMITTING, 0, "Committing " + app.files().size() + " files to "
                + repository.owner() + "/" + repository.name(), null);
        CommitResult commit = commit(person, host, repository, app, project, run.id(), tracker);
        runs.saveCommit(run.id(), commit.sha(), commit.fileCount(), commit.bytesWritten(), writtenBy);
        generatedFiles.replace(project.id(), app.files(), commit.sha());
        builds.keep(project.id(), run.id(), commit.sha());
        tracker.report(GenerationStage.COMMITTING, 1, "Committed " + shortSha(commit.sha()) + ": " + commit.fileCount()
                + " files, " + kilobytes(commit.bytesWritten()) + " pushed", null);

        tracker.report(GenerationStage.CONFIGURING_CI, 0.5, ciMessage(app, host, validation), null);

        // The run's end, its last event and the project's move are one transaction: a reader never sees a
        // finished run without its final event.
        transactions.executeWithoutResult(status -> {
            if (runs.finish(run.id(), GenerationRun.Status.SUCCEEDED, null, null)) {
                tracker.report(GenerationStage.READY, 1, "Your app is in " + repository.owner() + "/" + repository.name()
                        + " at " + shortSha(commit.sha()) + ". Clone it with: git clone " + repository.cloneUrl(),
                        repository.webUrl());
                moveProject(person.id(), project.id(), ProjectStatus.DEPLOYING);
            }
        });
    }

    private RepositoryRef repository(SignedInUser person, Project project, GenerationRun run, GitHost host, Tracker tracker) {
        tracker.report(GenerationStage.CREATING_REPO, 0, "Finding or creating the repository on " + host.displayName(), null);
        String known = run.repository() != null ? run.repository().name()
                : host.id().equals(project.gitHost()) ? project.githubRepoName() : null;
        Optional<RepositoryRef> existing = known == null ? Optional.empty() : host.findRepository(person, known);
        RepositoryRef repository = existing.orElseGet(() -> host.createRepository(person, project.name()));
        runs.saveRepository(run.id(), repository);
        projects.recordRepository(person.id(), project.id(), host.id(), repository.owner(), repository.name(),
                host.projectUrl(repository));
        tracker.report(GenerationStage.CREATING_REPO, 1, (existing.isPresent() ? "Using the repository " : "Created the repository ")
                + repository.owner() + "/" + repository.name(), repository.cloneUrl());
        if (existing.isPresent()) {
            warnOfOutsideCommits(person, project, host, repository, tracker);
        }
        return repository;
    }

    /**
     * The owner may push to the repository. This run commits the app generated from the plan on top, so what they
     * changed in its files is replaced: said before it happens, with where to find it again.
     */
    private void warnOfOutsideCommits(SignedInUser person, Project project, GitHost host, RepositoryRef repository,
                                      Tracker tracker) {
        Optional<String> generated = runs.lastCommit(project.id(), host.id(), repository);
        Optional<String> head = host.headCommit(person, repository);
        if (generated.isPresent() && head.isPresent() && !generated.get().equals(head.get())) {
            tracker.report(GenerationStage.CREATING_REPO, 1, "main has commits made outside True Coding since the last "
                    + "generation (" + shortSha(generated.get()) + " → " + shortSha(head.get()) + "). This run commits the "
                    + "app generated from the plan on top of them, so what they changed or added in the files is not carried "
                    + "over; they stay in the history (git show " + shortSha(head.get()) + ").", null);
        }
    }

    /** The plan last generated and the migrations committed then, so existing data survives the new version. */
    private PreviousVersion previousVersion(String projectId) {
        List<GeneratedFileInfo> migrations = generatedFiles.migrations(projectId).stream()
                .filter(file -> file.path().matches("migrations/[^/]+\\.sql")).toList();
        return runs.lastGeneratedPlan(projectId).filter(plan -> !migrations.isEmpty())
                .map(plan -> new PreviousVersion(plan, migrations)).orElse(null);
    }

    /**
     * The model writes what the template does not build; each version is validated, failures go back to it for
     * bounded fix rounds, and when it cannot make it pass the template app is kept (see {@link CodeWriter}).
     */
    private CodeWriter.Outcome writeWithModel(CodeWriter writer, GeneratedApp app, GenerationRuns.Work work, Project project,
                                              Tracker tracker) throws IOException, InterruptedException {
        int open = app.coverage().withStatus(CoverageReport.Status.NOT_IMPLEMENTED).size();
        String model = writer.model().provider() + " (" + writer.model().model() + ")";
        tracker.report(GenerationStage.GENERATING_FILES, 1, "Asking " + model + " to write what the template does not build ("
                + open + " open items)", null);
        int[] attempt = {0};
        CodeWriter.Outcome outcome = writer.writeValidated(app, work.plan(), project.businessPlan(), candidate -> {
            if (attempt[0]++ > 0) {
                tracker.report(GenerationStage.VALIDATING_CODE, 0, "Validating again (" + attempt[0] + ")", null);
            }
            return validate(candidate, work, tracker);
        });
        if (outcome.written() != null) {
            String refused = outcome.written().refused().stream().map(WrittenApp.Refusal::message)
                    .collect(java.util.stream.Collectors.joining("\n"));
            tracker.report(GenerationStage.VALIDATING_CODE, 1, model + " wrote " + outcome.written().written().size()
                    + " files that pass validation", refused.isEmpty() ? String.join("\n", outcome.written().written())
                    : "Written:\n" + String.join("\n", outcome.written().written()) + "\nRefused:\n" + refused);
        } else if (outcome.fellBack() != null) {
            tracker.report(GenerationStage.VALIDATING_CODE, 1, "Kept the template app without the model's code: "
                    + outcome.fellBack() + ". What it could not write stays listed as not implemented.", null);
        }
        return outcome;
    }

    private ValidationResult validate(GeneratedApp app, GenerationRuns.Work work, Tracker tracker)
            throws IOException, InterruptedException {
        tracker.report(GenerationStage.VALIDATING_CODE, 0, "Checking the files, then install, typecheck, test and build", null);
        int total = CodeValidator.STEPS.size();
        return validator.validateIn(app, work.plan(), builds.workspace(work.run().id()),
                new CodeValidator.StepListener() {
                    @Override
                    public void started(String step) {
                        tracker.report(GenerationStage.VALIDATING_CODE, (double) CodeValidator.STEPS.indexOf(step) / total,
                                "Running " + step + " (" + (CodeValidator.STEPS.indexOf(step) + 1) + " of " + total + ")", null);
                    }

                    @Override
                    public void finished(ValidationResult.Step step) {
                        if (step.outcome() == ValidationResult.Outcome.PASSED) {
                            tracker.report(GenerationStage.VALIDATING_CODE, (CodeValidator.STEPS.indexOf(step.name()) + 1.0) / total,
                                    step.name() + " passed in " + seconds(step), null);
                        }
                    }
                });
    }

    /** A failed validation ends the run before anything is committed. */
    private void checkPassed(ValidationResult result, GeneratedApp app, String runId) throws IOException {
        Optional<ValidationResult.Step> failed = result.failedStep();
        if (failed.isPresent()) {
            runs.saveReports(runId, app.coverage(), result);
            builds.discard(runId);
            throw new StageFailure("Validation failed at " + failed.get().name() + "; nothing was committed.",
                    failed.get().logExcerpt());
        }
    }

    private CommitResult commit(SignedInUser person, GitHost host, RepositoryRef repository, GeneratedApp app,
                                Project project, String runId, Tracker tracker) {
        List<FileToCommit> files = app.files().stream().map(file -> FileToCommit.text(file.path(), file.content())).toList();
        String message = "Generate " + project.name() + " from its technical plan\n\nTrue Coding generation run " + runId
                + ": " + files.size() + " files.\n";
        int[] lastTenth = {0};
        try {
            return host.commitFiles(person, repository, files, message, AUTHOR_NAME, AUTHOR_EMAIL,
                    (written, total, bytes) -> {
                        int tenth = written * 10 / total;
                        if (tenth > lastTenth[0]) {
                            lastTenth[0] = tenth;
                            tracker.report(GenerationStage.COMMITTING, 0.9 * written / total,
                                    "Wrote " + written + " of " + total + " files (" + kilobytes(bytes) + ")", null);
                        }
                    });
        } catch (ConcurrentCommitException e) {
            throw new StageFailure("Someone pushed to " + repository.owner() + "/" + repository.name()
                    + " while the app was being committed; nothing was overwritten. Generate again to commit on top.", null);
        }
    }

    private static String ciMessage(GeneratedApp app, GitHost host, ValidationResult validation) {
        boolean workflow = app.files().stream().anyMatch(file -> file.path().equals(".github/workflows/ci.yml"));
        String steps = validation.steps().stream()
                .map(step -> step.name() + " " + step.outcome().name().toLowerCase(java.util.Locale.ROOT))
                .reduce((a, b) -> a + ", " + b).orElse("");
        String where = host.id().equals(GitHost.BUILT_IN)
                ? "The built-in host runs no CI of its own; this commit passed True Coding's run of the same steps ("
                : "GitHub Actions runs it on every push; this commit already passed the same steps here (";
        return (workflow ? "CI is configured in .github/workflows/ci.yml (install, typecheck, test, build). " : "")
                + where + steps + ").";
    }

    /** Ends runs whose job is gone (it failed past its retries, or was removed): none stays running forever. */
    void failOrphans(String taskName) {
        for (String runId : runs.orphaned(taskName)) {
            runs.findWork(runId).ifPresent(work -> fail(work, new Tracker(runId, work.run().stage()),
                    "The run stopped without finishing (its background job ended unexpectedly). Generate again to retry.", null));
        }
    }

    private void fail(GenerationRuns.Work work, Tracker tracker, String message, String details) {
        transactions.executeWithoutResult(status -> {
            if (runs.finish(work.run().id(), GenerationRun.Status.FAILED, message, details)) {
                events.failed(work.run().id(), new GenerationProgress(tracker.stage, tracker.progress, message, details));
                moveProject(work.userId(), work.run().projectId(), ProjectStatus.FAILED);
            }
        });
    }

    private void moveProject(String userId, String projectId, ProjectStatus target) {
        try {
            if (projects.get(userId, projectId).status() != ProjectStatus.GENERATING) {
                return;
            }
            projects.moveTo(userId, projectId, target);
        } catch (ConflictException | NotFoundException e) {
            log.warn("Project {} could not move to {} after its generation run: {}", projectId, target, e.getMessage());
        }
    }

    private static String explain(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "Generation stopped: " + message;
    }

    private static String coverageSummary(CoverageReport coverage) {
        return "Coverage: " + coverage.withStatus(CoverageReport.Status.GENERATED).size() + " generated, "
                + coverage.withStatus(CoverageReport.Status.ADAPTED).size() + " adapted, "
                + coverage.withStatus(CoverageReport.Status.NOT_IMPLEMENTED).size() + " not implemented";
    }

    private static String kilobytes(long bytes) {
        return bytes < 1024 ? bytes + " B" : (bytes + 512) / 1024 + " KB";
    }

    private static String seconds(ValidationResult.Step step) {
        return String.format(java.util.Locale.ROOT, "%.1f s", step.duration().toMillis() / 1000.0);
    }

    private static String shortSha(String sha) {
        return sha.length() > 7 ? sha.substring(0, 7) : sha;
    }

    /** A stage that ends the run with a message for the person (and optionally a log excerpt). */
    static final class StageFailure extends RuntimeException {
        private final String details;

        StageFailure(String message, String details) {
            super(message);
            this.details = details;
        }
    }

    /** Reports progress as events and remembers where the run is, for the failure event. */
    private final class Tracker {
        private final String runId;
        private GenerationStage stage;
        private int progress;

        Tracker(String runId, GenerationStage stage) {
            this.runId = runId;
            this.stage = stage;
        }

        void report(GenerationStage stage, double fraction, String message, String details) {
            this.stage = stage;
            this.progress = stage.progressAt(fraction);
            events.progress(runId, new GenerationProgress(stage, progress, message, details));
        }
    }
}
