package dev.truecoding.deploy.run;

import dev.truecoding.account.AccountService;
import dev.truecoding.account.SignedInUser;
import dev.truecoding.deploy.BuiltInDeployer;
import dev.truecoding.deploy.DeployEvent;
import dev.truecoding.deploy.DeployListener;
import dev.truecoding.deploy.DeployOutcome;
import dev.truecoding.deploy.DeployProgress;
import dev.truecoding.deploy.DeployStage;
import dev.truecoding.deploy.DeployTarget;
import dev.truecoding.deploy.Deployment;
import dev.truecoding.deploy.DeploymentEvent;
import dev.truecoding.deploy.DeploymentService;
import dev.truecoding.deploy.DeploymentStatus;
import dev.truecoding.generation.GenerationService;
import dev.truecoding.git.GitHost;
import dev.truecoding.git.GitHosts;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import dev.truecoding.project.ProjectStatus;
import dev.truecoding.system.ConflictException;
import dev.truecoding.system.EventSignal;
import dev.truecoding.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One deployment on the built-in deployer: the commit exported from its git host ({@code importing}), built
 * ({@code building}; the generation's validated build is reused when it is that commit), started and switched to
 * ({@code deploying}), then {@code ready} at the project's stable production URL, or {@code error} with the log
 * excerpt while the previous deployment keeps serving. A rollback switches back to an earlier, still-kept build.
 * Started again after a crash, it runs again under the same id; if the switch had already happened, it is ready.
 */
@Component
class DeployPipeline {

    static final int MAX_ATTEMPTS = 3;
    /** Build log lines are stored in batches, so a chatty build does not write a row per line. */
    private static final int LOG_BATCH = 25;

    private static final Logger log = LoggerFactory.getLogger(DeployPipeline.class);

    private final DeploymentRecords records;
    private final EventSignal signal;
    private final BuiltInDeployer deployer;
    private final ProjectService projects;
    private final GenerationService generation;
    private final AccountService accounts;
    private final GitHosts hosts;
    private final TransactionTemplate transactions;
    private final VercelDeploy vercelDeploy;
    private final Path sources;

    DeployPipeline(DeploymentRecords records, EventSignal signal, BuiltInDeployer deployer, ProjectService projects,
                   GenerationService generation, AccountService accounts, GitHosts hosts,
                   TransactionTemplate transactions, VercelDeploy vercelDeploy,
                   @Value("${truecoding.data-dir:./data}") Path dataDir) {
        this.records = records;
        this.signal = signal;
        this.deployer = deployer;
        this.projects = projects;
        this.generation = generation;
        this.accounts = accounts;
        this.hosts = hosts;
        this.transactions = transactions;
        this.vercelDeploy = vercelDeploy;
        this.sources = dataDir.toAbsolutePath().normalize().resolve("deploy-sources");
    }

    void run(String id, String encryptedEnvironment) {
        Optional<DeploymentRecords.Work> found = records.findWork(id);
        if (found.isEmpty() || !found.get().deployment().status().active()) {
            return; // finished (the project moved with it, in one transaction), or deleted with its project
        }
        DeploymentRecords.Work work = found.get();
        Deployment deployment = work.deployment();
        int attempt = records.countAttempt(id);
        if (attempt > MAX_ATTEMPTS) {
            finish(work, DeploymentStatus.ERROR, null, "The deployment was interrupted " + (attempt - 1)
                    + " times (True Coding stopped while it ran) and was given up. The previous deployment still serves.", null);
            return;
        }
        if (attempt > 1) {
            progress(id, DeployProgress.IMPORTING, "Resuming after True Coding restarted (attempt " + attempt + " of "
                    + MAX_ATTEMPTS + ")", null);
            if (deployer.live(deployment.projectId()).filter(app -> app.deploymentId().equals(id)).isPresent()) {
                String url = deployer.live(deployment.projectId()).get().url();
                finish(work, DeploymentStatus.READY, url, null, null);
                return;
            }
        }
        records.building(id);
        Path tree = sources.resolve(id);
        try {
            SignedInUser person = accounts.findById(work.userId()).orElseThrow(() -> new NotFoundException("User"));
            Project project = projects.get(person.id(), deployment.projectId());
            if (deployment.provider().equals(DeploymentService.VERCEL)) {
                vercelDeploy.run(work, project, encryptedEnvironment, new VercelDeploy.Steps() {
                    @Override
                    public void progress(String stage, String message) {
                        DeployPipeline.this.progress(id, stage, message, null);
                    }

                    @Override
                    public void log(String stage, String lines) {
                        records.append(id, DeploymentEvent.LOG, new DeployProgress(stage, lines, null));
                        signal.signal();
                    }

                    @Override
                    public void finish(DeploymentStatus status, String url, String error, String excerpt) {
                        DeployPipeline.this.finish(work, status, url, error, excerpt);
                    }
                });
                return;
            }
            EventListener listener = new EventListener(id);
            DeployOutcome outcome;
            if (deployment.rollbackOf() != null) {
                progress(id, DeployProgress.DEPLOYING, "Switching the production URL back to deployment "
                        + deployment.rollbackOf(), null);
                outcome = deployer.switchTo(project.id(), deployment.rollbackOf(), listener);
            } else {
                GitHost host = hosts.byId(project.gitHost());
                progress(id, DeployProgress.IMPORTING, "Exporting commit " + shortSha(deployment.commitSha()) + " from "
                        + host.displayName(), null);
                FileSystemUtils.deleteRecursively(tree);
                host.exportTree(person, DeploymentService.repositoryOf(project), deployment.commitSha(), tree);
                Path validated = generation.validatedBuild(project.id(), deployment.commitSha()).orElse(null);
                outcome = deployer.deploy(target(project), id, tree, deployment.commitSha(), validated, listener);
            }
            listener.flush();
            switch (outcome.status()) {
                case READY -> finish(work, DeploymentStatus.READY, outcome.url(), null, null);
                case CANCELED -> finish(work, DeploymentStatus.CANCELED, null, "The deployment was canceled.", null);
                case ERROR -> finish(work, DeploymentStatus.ERROR, null, outcome.message(), outcome.logExcerpt());
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Deployment {} failed: {}", id, e.toString());
            log.debug("Deployment {} failure", id, e);
            finish(work, DeploymentStatus.ERROR, null, "The deployment stopped: " + e.getMessage(), null);
        } finally {
            try {
                FileSystemUtils.deleteRecursively(tree);
            } catch (IOException e) {
                log.warn("Could not delete the exported tree of deployment {}: {}", id, e.toString());
            }
        }
    }

    /** Ends deployments whose job is gone (failed past its retries, or removed): none stays building forever. */
    void failOrphans(String taskName) {
        for (String id : records.orphaned(taskName)) {
            records.findWork(id).ifPresent(work -> finish(work, DeploymentStatus.ERROR, null,
                    "The deployment stopped without finishing (its background job ended unexpectedly). Deploy again.", null));
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

    /** The end, its last event and the project's move, in one transaction. */
    private void finish(DeploymentRecords.Work work, DeploymentStatus status, String url, String error, String excerpt) {
        Deployment deployment = work.deployment();
        transactions.executeWithoutResult(tx -> {
            if (!records.finish(deployment.id(), status, url, error, excerpt)) {
                return;
            }
            switch (status) {
                case READY -> {
                    progress(deployment.id(), DeployProgress.READY, "Live at " + url, url);
                    projects.recordDeployment(work.userId(), deployment.projectId(), url, Instant.now());
                    moveProject(work.userId(), deployment.projectId(), ProjectStatus.LIVE);
                }
                case ERROR, CANCELED -> {
                    progress(deployment.id(), DeployProgress.ERROR, error, null);
                    if (status == DeploymentStatus.ERROR) {
                        moveProject(work.userId(), deployment.projectId(), ProjectStatus.FAILED);
                    }
                }
                default -> throw new IllegalStateException("not an end: " + status);
            }
        });
    }

    /** Only a project still in its Deploying phase moves: a live project stays live on its previous deployment. */
    private void moveProject(String userId, String projectId, ProjectStatus target) {
        try {
            if (projects.get(userId, projectId).status() == ProjectStatus.DEPLOYING) {
                projects.moveTo(userId, projectId, target);
            }
        } catch (ConflictException | NotFoundException e) {
            log.warn("Project {} could not move to {} after its deployment: {}", projectId, target, e.getMessage());
        }
    }

    private void progress(String id, String stage, String message, String url) {
        records.append(id, DeploymentEvent.PROGRESS, new DeployProgress(stage, message, url));
        signal.signal();
    }

    private static String shortSha(String sha) {
        return sha == null ? "?" : sha.substring(0, Math.min(7, sha.length()));
    }

    static String wireStage(DeployStage stage) {
        return switch (stage) {
            case QUEUED -> DeployProgress.IMPORTING;
            case BUILDING -> DeployProgress.BUILDING;
            case DEPLOYING -> DeployProgress.DEPLOYING;
            case READY -> DeployProgress.READY;
            case ERROR, CANCELED -> DeployProgress.ERROR;
        };
    }

    /** The deployer's steps as progress events (its end is written by {@link #finish}), its log lines in batches. */
    private final class EventListener implements DeployListener {
        private final String id;
        private final List<String> lines = new ArrayList<>();
        private String stage = DeployProgress.IMPORTING;

        EventListener(String id) {
            this.id = id;
        }

        @Override
        public synchronized void progress(DeployEvent event) {
            if (event.stage() == DeployStage.READY || event.stage() == DeployStage.ERROR || event.stage() == DeployStage.CANCELED) {
                return;
            }
            flush();
            stage = wireStage(event.stage());
            DeployPipeline.this.progress(id, stage, event.message(), event.url());
        }

        @Override
        public synchronized void log(String deploymentId, String line) {
            lines.add(line.length() > 2000 ? line.substring(0, 2000) + "…" : line);
            if (lines.size() >= LOG_BATCH) {
                flush();
            }
        }

        synchronized void flush() {
            if (!lines.isEmpty()) {
                records.append(id, DeploymentEvent.LOG, new DeployProgress(stage, String.join("\n", lines), null));
                lines.clear();
                signal.signal();
            }
        }
    }
}
