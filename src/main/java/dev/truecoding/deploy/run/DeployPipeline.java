package dev.truecoding.deploy.run;

import dev.truecoding.account.AccountService;
import dev.truecoding.account.SignedInUser;
import dev.truecoding.deploy.BuiltInDeployer;
import dev.truecoding.deploy.DeployListener;
import dev.truecoding.deploy.DeployOutcome;
import dev.truecoding.deploy.DeployProgress;
import dev.truecoding.deploy.DeployStage;
import dev.truecoding.deploy.DeployTarget;
import dev.truecoding.deploy.Deployment;
import dev.truecoding.deploy.DeploymentService;
import dev.truecoding.deploy.DeploymentStatus;
import dev.truecoding.generation.GenerationService;
import dev.truecoding.git.GitHost;
import dev.truecoding.git.GitHosts;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import dev.truecoding.run.Run;
import dev.truecoding.run.RunEnded;
import dev.truecoding.run.RunKind;
import dev.truecoding.run.RunRecord;
import dev.truecoding.run.RunType;
import dev.truecoding.system.Phrase;
import dev.truecoding.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The deployment, a kind of durable run. On the built-in deployer: the commit exported from its git host
 * ({@code importing}), built ({@code building}; the generation's validated build is reused when it is that
 * commit), started and switched to ({@code deploying}), then {@code ready} at the project's stable production URL,
 * or {@code error} with the log excerpt while the previous deployment keeps serving. A rollback switches back to
 * an earlier, still-kept build. On Vercel, see {@link VercelDeploy}. Revived after a crash, it runs again under
 * the same id; if the switch had already happened, it is ready.
 */
@Component
class DeployPipeline implements RunKind<DeployStage> {

    /** A failed deployment's last event is at {@code error}, the stage the seed's pages show failures at. */
    private static final Descriptor<DeployStage> DESCRIPTOR = new Descriptor<>(RunType.DEPLOYMENT, DeployStage.class,
            DeploymentRecords.TABLE, new Wording("deploy"), DeployStage.ERROR);

    private static final Logger log = LoggerFactory.getLogger(DeployPipeline.class);

    private final DeploymentRecords records;
    private final BuiltInDeployer deployer;
    private final ProjectService projects;
    private final GenerationService generation;
    private final AccountService accounts;
    private final GitHosts hosts;
    private final VercelDeploy vercelDeploy;
    private final Path sources;

    DeployPipeline(DeploymentRecords records, BuiltInDeployer deployer, ProjectService projects,
                   GenerationService generation, AccountService accounts, GitHosts hosts, VercelDeploy vercelDeploy,
                   @Value("${truecoding.data-dir:./data}") Path dataDir) {
        this.records = records;
        this.deployer = deployer;
        this.projects = projects;
        this.generation = generation;
        this.accounts = accounts;
        this.hosts = hosts;
        this.vercelDeploy = vercelDeploy;
        this.sources = dataDir.toAbsolutePath().normalize().resolve("deploy-sources");
    }

    @Override
    public Descriptor<DeployStage> descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Optional<RunRecord> record(String runId) {
        return records.record(runId);
    }

    /** A change's deployment ends as a stage of the change's run. */
    @Override
    public String partOf(String runId) {
        return records.changeOf(runId);
    }

    /** The row's status, and the production URL on the project once live. */
    @Override
    public boolean end(String runId, RunEnded.Outcome outcome, String message, String details) {
        return switch (outcome) {
            case SUCCEEDED -> {
                boolean ended = records.finish(runId, DeploymentStatus.READY, details, null, null);
                Deployment deployment = records.findForJob(runId).orElseThrow();
                if (ended && !deployment.preview()) { // a preview's address is its own: production's stays
                    RunRecord record = records.record(runId).orElseThrow();
                    projects.recordDeployment(record.userId(), record.projectId(), details, Instant.now());
                }
                if (ended) {
                    previewsEnded(deployment);
                }
                yield ended;
            }
            case FAILED -> records.finish(runId, DeploymentStatus.ERROR, null, message, details);
            case CANCELED -> records.finish(runId, DeploymentStatus.CANCELED, null, message, null);
        };
    }

    /**
     * The project's previews the deployer no longer runs (the one put live, or the oldest when a newer one
     * started beyond the limit) are recorded as stopped.
     */
    private void previewsEnded(Deployment deployment) {
        Set<String> running = new HashSet<>();
        deployer.previews(deployment.projectId()).forEach(preview -> running.add(preview.deploymentId()));
        records.previewEnded(records.runningPreviews(deployment.projectId()).stream().map(Deployment::id)
                .filter(id -> !running.contains(id) && !id.equals(deployment.id())).toList());
    }

    @Override
    public void execute(Run<DeployStage> run) throws IOException {
        Deployment deployment = records.findForJob(run.id()).orElseThrow(() -> new NotFoundException("Deployment"));
        if (run.attempt() > 1) {
            // A rollback or promote switches to another deployment's build: that one live means the switch happened.
            Optional<String> live = deployer.live(deployment.projectId()).filter(app -> app.deploymentId().equals(run.id())
                            || app.deploymentId().equals(deployment.rollbackOf()))
                    .map(app -> app.url());
            if (live.isPresent()) {
                run.succeed(DeployStage.READY, Phrase.of("progress.deploy.liveAt", live.get()), live.get());
                return;
            }
        }
        records.building(run.id());
        SignedInUser person = accounts.findById(run.userId()).orElseThrow(() -> new NotFoundException("User"));
        Project project = projects.get(person.id(), deployment.projectId());
        if (deployment.provider().equals(DeploymentService.VERCEL)) {
            vercelDeploy.run(run, deployment, project);
            return;
        }
        Path tree = sources.resolve(run.id());
        try {
            EventListener listener = new EventListener(run);
            DeployOutcome outcome;
            String undoes = records.undoes(run.id());
            Deployment switchTo = deployment.rollbackOf() == null ? null
                    : records.findForJob(deployment.rollbackOf()).orElse(null);
            if (undoes != null) {
                // Revived after a kill: an undo that already went live (the build it returns to switched to after
                // this deployment was asked for) is done; one that did not was reverted on restart and runs again.
                Optional<dev.truecoding.deploy.LiveApp> live = deployer.live(project.id());
                if (run.attempt() > 1 && live.isPresent() && live.get().deploymentId().equals(deployment.rollbackOf())
                        && live.get().since().isAfter(deployment.createdAt())) {
                    run.succeed(DeployStage.READY, Phrase.of("progress.deploy.liveAt", live.get().url()), live.get().url());
                    return;
                }
                run.report(DeployStage.DEPLOYING, 0, Phrase.of("progress.deploy.undoing", undoes, deployment.rollbackOf()), null);
                outcome = deployer.undo(project.id(), undoes, listener);
            } else if (switchTo != null && switchTo.preview()) {
                run.report(DeployStage.DEPLOYING, 0, Phrase.of("progress.deploy.promoting", switchTo.previewNumber()), null);
                outcome = deployer.promote(project.id(), switchTo.id(), listener);
            } else if (deployment.rollbackOf() != null) {
                run.report(DeployStage.DEPLOYING, 0, Phrase.of("progress.deploy.switchingBack", deployment.rollbackOf()), null);
                outcome = deployer.switchTo(project.id(), deployment.rollbackOf(), listener);
            } else {
                GitHost host = hosts.byId(project.gitHost());
                run.report(DeployStage.IMPORTING, 0, Phrase.of("progress.deploy.exporting", shortSha(deployment.commitSha()),
                        host.displayName()), null);
                FileSystemUtils.deleteRecursively(tree);
                host.exportTree(person, DeploymentService.repositoryOf(project), deployment.commitSha(), tree);
                Path validated = generation.validatedBuild(project.id(), deployment.commitSha()).orElse(null);
                outcome = deployment.preview()
                        ? deployer.deployPreview(target(project), run.id(), deployment.previewNumber(), tree,
                        deployment.commitSha(), validated, listener)
                        : deployer.deploy(target(project), run.id(), tree, deployment.commitSha(), validated, listener);
            }
            listener.flush();
            switch (outcome.status()) {
                case READY -> run.succeed(DeployStage.READY, Phrase.of(deployment.preview() ? "progress.deploy.previewAt"
                        : "progress.deploy.liveAt", outcome.url()), outcome.url());
                case CANCELED -> run.cancel(Phrase.of("progress.deploy.canceled"));
                default -> run.fail(outcome.message(), outcome.logExcerpt());
            }
        } finally {
            try {
                FileSystemUtils.deleteRecursively(tree);
            } catch (IOException e) {
                log.warn("Could not delete the exported tree of deployment {}: {}", run.id(), e.toString());
            }
        }
    }

    /**
     * The production URL's name stays what it was first: a project renamed later keeps its address.
     */
    static DeployTarget target(Project project) {
        if (project.productionUrl() != null) {
            String host = URI.create(project.productionUrl()).getHost();
            if (host != null && host.contains(".")) {
                return new DeployTarget(project.id(), host.substring(0, host.indexOf('.')));
            }
        }
        return DeployTarget.forProject(project.id(), project.name());
    }

    private static String shortSha(String sha) {
        return sha == null ? "?" : sha.substring(0, Math.min(7, sha.length()));
    }

    /** The deployer's steps as progress events (its end is the run's), its log lines in batches. */
    private static final class EventListener implements DeployListener {
        /** Build log lines are stored in batches, so a chatty build does not write a row per line. */
        private static final int LOG_BATCH = 25;

        private final Run<DeployStage> run;
        private final List<String> lines = new ArrayList<>();

        EventListener(Run<DeployStage> run) {
            this.run = run;
        }

        @Override
        public synchronized void progress(DeployProgress progress) {
            if (progress.stage().ends()) {
                return;
            }
            flush();
            run.report(progress.stage(), 0, progress.message(), progress.url());
        }

        @Override
        public synchronized void progress(DeployProgress progress, Phrase phrase) {
            if (progress.stage().ends()) {
                return;
            }
            flush();
            run.report(progress.stage(), 0, phrase, progress.url());
        }

        @Override
        public synchronized void log(String line) {
            lines.add(line.length() > 2000 ? line.substring(0, 2000) + "…" : line);
            if (lines.size() >= LOG_BATCH) {
                flush();
            }
        }

        synchronized void flush() {
            if (!lines.isEmpty()) {
                run.log(run.stage(), String.join("\n", lines));
                lines.clear();
            }
        }
    }
}
