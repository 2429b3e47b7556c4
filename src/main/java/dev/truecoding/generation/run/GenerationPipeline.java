package dev.truecoding.generation.run;

import dev.truecoding.account.AccountService;
import dev.truecoding.account.SignedInUser;
import dev.truecoding.generation.AppGenerator;
import dev.truecoding.generation.CodeValidator;
import dev.truecoding.generation.CodeMeter;
import dev.truecoding.generation.CodeWriter;
import dev.truecoding.generation.CoverageReport;
import dev.truecoding.generation.GeneratedApp;
import dev.truecoding.generation.GeneratedFileInfo;
import dev.truecoding.generation.GenerationRun;
import dev.truecoding.generation.GenerationStage;
import dev.truecoding.generation.PreviousVersion;
import dev.truecoding.generation.ValidationProgress;
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
import dev.truecoding.run.Run;
import dev.truecoding.run.RunEnded;
import dev.truecoding.run.RunKind;
import dev.truecoding.run.RunProgress;
import dev.truecoding.run.RunRecord;
import dev.truecoding.run.RunType;
import dev.truecoding.run.StageFailure;
import dev.truecoding.system.NotFoundException;
import dev.truecoding.system.Phrase;
import dev.truecoding.usage.Prices;
import dev.truecoding.usage.Tokens;
import dev.truecoding.usage.UsageLedger;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The generation run, a kind of durable run: repository, files, validation, commit, CI, ready. Every stage is
 * safe to run again, because a run interrupted by a crash starts over when its job is revived (see
 * {@link dev.truecoding.run.DurableRuns}): the repository recorded on the run (or the project) is found rather
 * than created again, the same plan renders the same files, and nothing is committed before the validation of
 * this attempt passed.
 */
@Component
class GenerationPipeline implements RunKind<GenerationStage> {

    private static final Descriptor<GenerationStage> DESCRIPTOR = new Descriptor<>(RunType.GENERATION,
            GenerationStage.class, GenerationRuns.TABLE, new Wording("generation"));

    static final String AUTHOR_NAME = "True Coding";
    static final String AUTHOR_EMAIL = "generator@truecoding.dev";

    private final GenerationRuns runs;
    private final GeneratedFiles generatedFiles;
    private final GitHosts hosts;
    private final ProjectService projects;
    private final AccountService accounts;
    private final AppGenerator generator;
    private final CodeValidator validator;
    private final ValidatedBuilds builds;
    private final Optional<CodeWriter> writer;
    private final UsageLedger usage;
    private final Prices prices;

    GenerationPipeline(GenerationRuns runs, GeneratedFiles generatedFiles, GitHosts hosts, ProjectService projects,
                       AccountService accounts, AppGenerator generator, CodeValidator validator, ValidatedBuilds builds,
                       Optional<CodeWriter> writer, UsageLedger usage, Prices prices) {
        this.usage = usage;
        this.prices = prices;
        this.runs = runs;
        this.generatedFiles = generatedFiles;
        this.hosts = hosts;
        this.projects = projects;
        this.accounts = accounts;
        this.generator = generator;
        this.validator = validator;
        this.builds = builds;
        this.writer = writer;
    }

    @Override
    public Descriptor<GenerationStage> descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Optional<RunRecord> record(String runId) {
        return runs.record(runId);
    }

    @Override
    public boolean end(String runId, RunEnded.Outcome outcome, String message, String details) {
        return outcome == RunEnded.Outcome.SUCCEEDED ? runs.finish(runId, GenerationRun.Status.SUCCEEDED, null, null)
                : runs.finish(runId, GenerationRun.Status.FAILED, message, details);
    }

    @Override
    public void moved(String runId, RunProgress progress) {
        runs.moved(runId, progress);
    }

    @Override
    public void execute(Run<GenerationStage> tracker) throws IOException, InterruptedException {
        GenerationRuns.Work work = runs.findWork(tracker.id()).orElseThrow(() -> new NotFoundException("Generation run"));
        GenerationRun run = work.run();
        SignedInUser person = accounts.findById(work.userId()).orElseThrow(() -> new NotFoundException("User"));
        Project project = projects.get(person.id(), run.projectId());
        GitHost host = hosts.byId(run.host());

        RepositoryRef repository = repository(person, project, run, host, tracker);

        tracker.report(GenerationStage.GENERATING_FILES, 0, Phrase.of("progress.generation.rendering"), null);
        GeneratedApp app = generator.generate(work.plan(), project.businessPlan(), previousVersion(project.id()));
        int entities = work.plan().dataModel() == null || work.plan().dataModel().entities() == null ? 0
                : work.plan().dataModel().entities().size();
        tracker.report(GenerationStage.GENERATING_FILES, 1, Phrase.of("progress.generation.rendered", app.files().size(),
                kilobytes(app.totalSize()), entities), coverageSummary(app.coverage()));

        String writtenBy = null;
        ValidationResult validation;
        if (writer.isPresent()) {
            CodeWriter.Outcome outcome = writeWithModel(writer.get(), app, work, project, tracker);
            if (outcome.stopped() != null) {
                stop(outcome, run.id());
            }
            app = outcome.app();
            validation = outcome.validation();
            writtenBy = outcome.written() == null ? null : writer.get().model().provider() + " " + writer.get().model().model();
        } else {
            validation = validate(app, work, tracker);
        }
        checkPassed(validation, app, work.run().id());
        runs.saveReports(run.id(), app.coverage(), validation);

        tracker.report(GenerationStage.COMMITTING, 0, Phrase.of("progress.generation.committing", app.files().size(),
                repository.owner() + "/" + repository.name()), null);
        CommitResult commit = commit(person, host, repository, app, project, run.id(), tracker);
        runs.saveCommit(run.id(), commit.sha(), commit.fileCount(), commit.bytesWritten(), writtenBy);
        generatedFiles.replace(project.id(), app.files(), commit.sha());
        builds.keep(project.id(), run.id(), commit.sha());
        tracker.report(GenerationStage.COMMITTING, 1, Phrase.of("progress.generation.committed", shortSha(commit.sha()),
                commit.fileCount(), kilobytes(commit.bytesWritten())), null);

        tracker.report(GenerationStage.CONFIGURING_CI, 0.5, ciMessage(app, host, validation), null);

        tracker.succeed(GenerationStage.READY, Phrase.of("progress.generation.ready", repository.owner() + "/" + repository.name(),
                shortSha(commit.sha()), "git clone " + repository.cloneUrl()), repository.webUrl());
    }

    private RepositoryRef repository(SignedInUser person, Project project, GenerationRun run, GitHost host, Run<GenerationStage> tracker) {
        tracker.report(GenerationStage.CREATING_REPO, 0, Phrase.of("progress.generation.findingRepository", host.displayName()), null);
        String known = run.repository() != null ? run.repository().name()
                : host.id().equals(project.gitHost()) ? project.githubRepoName() : null;
        Optional<RepositoryRef> existing = known == null ? Optional.empty() : host.findRepository(person, known);
        RepositoryRef repository = existing.orElseGet(() -> host.createRepository(person, project.name()));
        runs.saveRepository(run.id(), repository);
        projects.recordRepository(person.id(), project.id(), host.id(), repository.owner(), repository.name(),
                host.projectUrl(repository));
        tracker.report(GenerationStage.CREATING_REPO, 1, Phrase.of(existing.isPresent() ? "progress.generation.usingRepository"
                : "progress.generation.createdRepository", repository.owner() + "/" + repository.name()), repository.cloneUrl());
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
                                      Run<GenerationStage> tracker) {
        Optional<String> generated = runs.lastCommit(project.id(), host.id(), repository);
        Optional<String> head = host.headCommit(person, repository);
        if (generated.isPresent() && head.isPresent() && !generated.get().equals(head.get())) {
            tracker.report(GenerationStage.CREATING_REPO, 1, Phrase.of("progress.generation.outsideCommits",
                    shortSha(generated.get()), shortSha(head.get())), null);
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
                                              Run<GenerationStage> tracker) throws IOException, InterruptedException {
        int open = app.coverage().withStatus(CoverageReport.Status.NOT_IMPLEMENTED).size();
        String model = writer.model().provider() + " (" + writer.model().model() + ")";
        tracker.report(GenerationStage.GENERATING_FILES, 1, Phrase.of("progress.generation.askingModel", model, open), null);
        int[] attempt = {0};
        CodeWriter.Outcome outcome = writer.writeValidated(app, work.plan(), project.businessPlan(), candidate -> {
            if (attempt[0]++ > 0) {
                tracker.report(GenerationStage.VALIDATING_CODE, 0, Phrase.of("progress.generation.validatingAgain", attempt[0]), null);
            }
            return validate(candidate, work, tracker);
        }, meter(work.run(), writer.model().model()), writer.budget().within(work.budget()));
        if (outcome.stopped() != null) {
            return outcome;
        }
        if (outcome.written() != null) {
            String refused = outcome.written().refused().stream().map(WrittenApp.Refusal::message)
                    .collect(java.util.stream.Collectors.joining("\n"));
            tracker.report(GenerationStage.VALIDATING_CODE, 1, Phrase.of("progress.generation.modelWrote", model,
                    outcome.written().written().size()), refused.isEmpty() ? String.join("\n", outcome.written().written())
                    : "Written:\n" + String.join("\n", outcome.written().written()) + "\nRefused:\n" + refused);
        } else if (outcome.fellBack() != null) {
            tracker.report(GenerationStage.VALIDATING_CODE, 1, Phrase.of("progress.generation.keptTemplate", outcome.fellBack()), null);
        }
        return outcome;
    }

    /**
     * The code writer's spend on this run, in the usage ledger: each answer is a row as soon as it arrives, and the
     * totals count every attempt of the run, so a run revived after a crash is held to what is left of its budget.
     */
    private CodeMeter meter(GenerationRun run, String model) {
        return new CodeMeter() {
            @Override
            public void spent(Tokens tokens) {
                usage.record(new UsageLedger.Entry(run.projectId(), null, null, run.id(), UsageLedger.Purpose.CODE,
                        model, tokens));
            }

            @Override
            public Tokens total() {
                return usage.run(run.id()).tokens();
            }

            @Override
            public Optional<BigDecimal> cost() {
                return usage.run(run.id()).knownCost();
            }

            @Override
            public String currency() {
                return prices.currency().getCurrencyCode();
            }
        };
    }

    /** The fix rounds stopped with the build failing: the run fails with why, and nothing is committed. */
    private void stop(CodeWriter.Outcome outcome, String runId) throws IOException {
        runs.saveReports(runId, outcome.app().coverage(), outcome.validation());
        builds.discard(runId);
        throw new StageFailure(outcome.stopped(), outcome.validation().failedStep()
                .map(ValidationResult.Step::logExcerpt).orElse(null));
    }

    private ValidationResult validate(GeneratedApp app, GenerationRuns.Work work, Run<GenerationStage> tracker)
            throws IOException, InterruptedException {
        tracker.report(GenerationStage.VALIDATING_CODE, 0, Phrase.of("progress.generation.checking"), null);
        return validator.validateIn(app, work.plan(), builds.workspace(work.run().id()),
                builds.latest(work.run().projectId()).orElse(null), ValidationProgress.reporting(
                (fraction, message) -> tracker.report(GenerationStage.VALIDATING_CODE, fraction, message, null)));
    }

    /** A failed validation ends the run before anything is committed. */
    private void checkPassed(ValidationResult result, GeneratedApp app, String runId) throws IOException {
        Optional<ValidationResult.Step> failed = result.failedStep();
        if (failed.isPresent()) {
            runs.saveReports(runId, app.coverage(), result);
            builds.discard(runId);
            throw new StageFailure(Phrase.of("progress.generation.validationFailed", failed.get().name()),
                    failed.get().logExcerpt());
        }
    }

    private CommitResult commit(SignedInUser person, GitHost host, RepositoryRef repository, GeneratedApp app,
                                Project project, String runId, Run<GenerationStage> tracker) {
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
                                    Phrase.of("progress.generation.wrote", written, total, kilobytes(bytes)), null);
                        }
                    });
        } catch (ConcurrentCommitException e) {
            throw new StageFailure(Phrase.of("progress.generation.pushedMeanwhile", repository.owner() + "/" + repository.name()), null);
        }
    }

    private static Phrase ciMessage(GeneratedApp app, GitHost host, ValidationResult validation) {
        boolean workflow = app.files().stream().anyMatch(file -> file.path().equals(".github/workflows/ci.yml"));
        Object steps = validation.steps().stream()
                .map(step -> (Object) Phrase.of("progress.step." + step.outcome().name(), step.name()))
                .reduce((a, b) -> Phrase.of("progress.list", a, b)).orElse("");
        return Phrase.of("progress.generation.ci." + (host.id().equals(GitHost.BUILT_IN) ? "builtIn" : "github")
                + (workflow ? ".workflow" : ""), steps);
    }

    private static String coverageSummary(CoverageReport coverage) {
        return "Coverage: " + coverage.withStatus(CoverageReport.Status.GENERATED).size() + " generated, "
                + coverage.withStatus(CoverageReport.Status.ADAPTED).size() + " adapted, "
                + coverage.withStatus(CoverageReport.Status.NOT_IMPLEMENTED).size() + " not implemented";
    }

    private static String kilobytes(long bytes) {
        return bytes < 1024 ? bytes + " B" : (bytes + 512) / 1024 + " KB";
    }

    private static String shortSha(String sha) {
        return sha.length() > 7 ? sha.substring(0, 7) : sha;
    }
}
